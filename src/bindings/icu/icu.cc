// eddy: the `icu` binding: text segmentation on the system's ICU (libicuuc,
// bound lazily on the first call, see CMakeLists.txt) for Intl.Segmenter,
// which SpiderMonkey 102 lacks (lib/internal/intl_segmenter.js).
//
// breaks(kind, locale, string) -> Int32Array of [position, ruleStatus] pairs,
// one per boundary from 0 to string.length; kind 0 = grapheme, 1 = word,
// 2 = sentence. The rule status of a word boundary tells whether the segment
// ending there is word-like (UBRK_WORD_NONE_LIMIT and up). Undefined when
// ICU cannot open the iterator.
#include <js/experimental/TypedData.h>
#include <js/PropertyAndElement.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bindings/registry.h"
#include "engine/convert.h"

// The few ICU C functions used, declared here: the engine's include path
// holds the headers of the ICU copy built into libmozjs (another version,
// not exported), which would shadow the system's. ICU suffixes every C
// symbol with its major version (EDDY_ICU_SUFFIX, from pkg-config).
#define EDDY_ICU_CAT2(a, b) a##b
#define EDDY_ICU_CAT(a, b) EDDY_ICU_CAT2(a, b)
#define EDDY_ICU(name) EDDY_ICU_CAT(name, EDDY_ICU_SUFFIX)
extern "C" {
struct UBreakIterator;
UBreakIterator* EDDY_ICU(ubrk_open)(int type, const char* locale, const char16_t* text,
                                    int32_t length, int* status);
void EDDY_ICU(ubrk_setText)(UBreakIterator* it, const char16_t* text, int32_t length,
                            int* status);
int32_t EDDY_ICU(ubrk_first)(UBreakIterator* it);
int32_t EDDY_ICU(ubrk_next)(UBreakIterator* it);
int32_t EDDY_ICU(ubrk_getRuleStatus)(UBreakIterator* it);
void EDDY_ICU(ubrk_close)(UBreakIterator* it);
}

namespace eddy::bindings {

namespace {

// From unicode/ubrk.h and unicode/utypes.h (stable C API values).
constexpr int kUbrkCharacter = 0;
constexpr int kUbrkWord = 1;
constexpr int kUbrkSentence = 3;
constexpr int32_t kUbrkDone = -1;
inline bool IcuFailure(int status) { return status > 0; }

// One iterator per kind and locale, reused with ubrk_setText: opening one
// loads and compiles its rules (tens of microseconds).
struct CachedIterator {
  int kind;
  std::string locale;
  UBreakIterator* it;
};
// Closed when the thread (the process, for the main thread) exits.
struct IteratorCache {
  std::vector<CachedIterator> items;
  ~IteratorCache() {
    for (CachedIterator& c : items) EDDY_ICU(ubrk_close)(c.it);
  }
};
thread_local IteratorCache t_iterators;

UBreakIterator* IteratorFor(int kind, const std::string& locale, int* status) {
  for (CachedIterator& c : t_iterators.items) {
    if (c.kind == kind && c.locale == locale) return c.it;
  }
  static const int kTypes[] = {kUbrkCharacter, kUbrkWord, kUbrkSentence};
  UBreakIterator* it = EDDY_ICU(ubrk_open)(kTypes[kind], locale.c_str(), nullptr, 0, status);
  if (IcuFailure(*status)) return nullptr;
  t_iterators.items.push_back({kind, locale, it});
  return it;
}

bool Breaks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int kind = args.get(0).isInt32() ? args[0].toInt32() : -1;
  if (kind < 0 || kind > 2 || !args.get(2).isString()) {
    JS_ReportErrorASCII(cx, "icu.breaks: bad arguments");
    return false;
  }
  std::string locale;
  if (args.get(1).isString() && !ToUtf8(cx, args[1], &locale)) return false;
  std::u16string text;
  if (!StringToUtf16(cx, args[2].toString(), &text)) return false;
  if (text.size() > INT32_MAX / 2) {
    JS_ReportErrorASCII(cx, "Intl.Segmenter: string too long");
    return false;
  }
  int status = 0;
  UBreakIterator* it = IteratorFor(kind, locale, &status);
  std::vector<int32_t> out;
  if (it) {
    EDDY_ICU(ubrk_setText)(it, text.data(), static_cast<int32_t>(text.size()), &status);
  }
  if (!it || IcuFailure(status)) {
    args.rval().setUndefined();  // lib/ throws the RangeError
    return true;
  }
  out.reserve(2 * (text.size() / 4 + 2));
  for (int32_t p = EDDY_ICU(ubrk_first)(it); p != kUbrkDone; p = EDDY_ICU(ubrk_next)(it)) {
    out.push_back(p);
    out.push_back(p == 0 ? 0 : EDDY_ICU(ubrk_getRuleStatus)(it));
  }
  // An empty string still has its one boundary at 0.
  if (out.empty()) out.insert(out.end(), {0, 0});
  // Drop the text: the cached iterator must not point into `text` after this.
  EDDY_ICU(ubrk_setText)(it, nullptr, 0, &status);
  JS::RootedObject arr(cx, JS_NewInt32Array(cx, out.size()));
  if (!arr) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    int32_t* data = JS_GetInt32ArrayData(arr, &shared, nogc);
    std::copy(out.begin(), out.end(), data);
  }
  args.rval().setObject(*arr);
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("breaks", Breaks, 3, 0), JS_FS_END};

}  // namespace

bool InitIcu(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings
