// eddy: the `buffer` binding (node's src/node_buffer.cc and
// src/string_bytes.cc): the byte loops behind lib/buffer.js. Strings are
// encoded into views and views decoded into strings for every Buffer encoding
// (utf8, utf16le, latin1, ascii, hex, base64, base64url); fill, search,
// compare, copy and byte swaps work on raw bytes.
//
// Rules:
// - lib/ validates arguments and throws node's ERR_* errors. Functions here
//   clamp every offset and length to the view, so no input, however wrong,
//   reaches memory outside it. A wrong argument type is internal misuse (or a
//   Buffer method called on something else) and throws a plain TypeError.
// - Data pointers of views, ArrayBuffers and strings are fetched inside a
//   JS::AutoCheckCannotGC scope and never outlive it: small typed arrays and
//   short strings keep their bytes inside GC cells, which move. Anything that
//   can GC (allocating a JS string or ArrayBuffer) happens outside the scope;
//   memory for results is malloc'ed first and filled inside a later scope that
//   fetches the pointers again.
// - A detached buffer reads as zero bytes long.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/SharedArrayBuffer.h>
#include <js/String.h>
#include <js/Utility.h>
#include <js/experimental/TypedData.h>
#include <js/friend/ErrorMessages.h>
#include <jsfriendapi.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "bindings/registry.h"
#include "engine/convert.h"
#include "util/malloc_tuning.h"

namespace eddy::bindings {

namespace {

// Encoding ids shared with lib/buffer.js (exported as `encodings`).
enum Encoding : int {
  kUtf8 = 0,
  kUcs2 = 1,
  kLatin1 = 2,
  kAscii = 3,
  kHex = 4,
  kBase64 = 5,
  kBase64Url = 6,
};

constexpr int kEncodingCount = 7;

// Buffer.constants.MAX_LENGTH: node's limit (the engine allows more).
constexpr double kMaxLength = 4294967296.0;

// --- memory ----------------------------------------------------------------

struct JsFree {
  void operator()(void* p) const { js_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T[], JsFree>;

// Blocks from mmap (kMmapThresholdBytes and up) are pages never touched:
// fault them in with one madvise call rather than one page fault per 4 KiB
// as the encoder writes (kernels before 5.14 reject the advice, harmlessly).
// Smaller blocks are mostly reused heap pages, already present, where the
// call would only walk the page tables (a quarter of a 1 MiB decode's time).
void Prefault(void* p, size_t size) {
#if defined(MADV_POPULATE_WRITE)
  if (size < kMmapThresholdBytes) return;
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + page - 1) & ~(page - 1);
  uintptr_t end = (reinterpret_cast<uintptr_t>(p) + size) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)size;
#endif
}

// --- arguments ---------------------------------------------------------------

// True for an unwrapped Uint8Array (every Buffer is one): its length and
// data are read straight from its slots, without the generic view lookups.
inline bool IsUint8Array(JSObject* obj) {
  return JS::GetClass(obj) == JS::Uint8Array::clasp();
}

// The ArrayBufferView, ArrayBuffer or SharedArrayBuffer behind `v` (through
// wrappers), or null.
JSObject* UnwrapBytes(const JS::Value& v) {
  if (!v.isObject()) return nullptr;
  JSObject* obj = &v.toObject();
  if (IsUint8Array(obj)) return obj;
  if (JSObject* view = js::UnwrapArrayBufferView(obj)) return view;
  if (JSObject* ab = JS::UnwrapArrayBuffer(obj)) return ab;
  return JS::UnwrapSharedArrayBuffer(obj);
}

struct Bytes {
  uint8_t* data;
  size_t size;
};

// The bytes of an object UnwrapBytes returned; valid only while `nogc` lives.
Bytes GetBytes(JSObject* obj, const JS::AutoCheckCannotGC& nogc) {
  bool shared = false;
  uint8_t* data = nullptr;
  size_t size = 0;
  if (IsUint8Array(obj)) {
    js::GetUint8ArrayLengthAndData(obj, &size, &shared, &data);
    if (!data) size = 0;
    return {data, size};
  }
  if (JS_IsArrayBufferViewObject(obj)) {
    size = JS_GetArrayBufferViewByteLength(obj);
    data = static_cast<uint8_t*>(JS_GetArrayBufferViewData(obj, &shared, nogc));
  } else if (JS::IsArrayBufferObject(obj)) {
    if (JS::IsDetachedArrayBufferObject(obj)) return {nullptr, 0};
    size = JS::GetArrayBufferByteLength(obj);
    data = JS::GetArrayBufferData(obj, &shared, nogc);
  } else if (JS::IsSharedArrayBufferObject(obj)) {
    size = JS::GetSharedArrayBufferByteLength(obj);
    data = JS::GetSharedArrayBufferData(obj, &shared, nogc);
  }
  if (!data) size = 0;
  return {data, size};
}

size_t ByteLengthOf(JSObject* obj) {
  if (IsUint8Array(obj)) {
    size_t size;
    bool shared;
    uint8_t* data;
    js::GetUint8ArrayLengthAndData(obj, &size, &shared, &data);
    return data ? size : 0;
  }
  if (JS_IsArrayBufferViewObject(obj)) return JS_GetArrayBufferViewByteLength(obj);
  if (JS::IsArrayBufferObject(obj)) {
    return JS::IsDetachedArrayBufferObject(obj) ? 0 : JS::GetArrayBufferByteLength(obj);
  }
  if (JS::IsSharedArrayBufferObject(obj)) return JS::GetSharedArrayBufferByteLength(obj);
  return 0;
}

// A TypeError "buffer: expected <what>, got something else" (internal
// misuse, or a Buffer method called on a foreign receiver).
bool ThrowExpected(JSContext* cx, const char* what) {
  JS_ReportErrorNumberUTF8(cx, js::GetErrorMessage, nullptr, JSMSG_NOT_EXPECTED_TYPE,
                           "buffer", what, "something else");
  return false;
}

// Argument `i` as bytes, or a TypeError.
[[nodiscard]] bool BytesArg(JSContext* cx, const JS::CallArgs& args, unsigned i,
                            JS::MutableHandleObject out) {
  out.set(UnwrapBytes(args.get(i)));
  if (out) return true;
  return ThrowExpected(cx, "an ArrayBuffer or a view");
}

[[nodiscard]] bool StringArg(JSContext* cx, const JS::CallArgs& args, unsigned i,
                             JS::MutableHandle<JSLinearString*> out) {
  if (!args.get(i).isString()) return ThrowExpected(cx, "a string");
  out.set(JS_EnsureLinearString(cx, args[i].toString()));
  return out != nullptr;
}

// A number argument truncated toward zero; `def` when absent or NaN.
double IntegerArg(const JS::CallArgs& args, unsigned i, double def) {
  if (!args.get(i).isNumber()) return def;
  double d = args[i].toNumber();
  if (std::isnan(d)) return def;
  return std::trunc(d);
}

// An index argument clamped to [0, limit].
size_t IndexArg(const JS::CallArgs& args, unsigned i, size_t def, size_t limit) {
  double d = IntegerArg(args, i, static_cast<double>(def));
  if (d <= 0) return 0;
  if (d >= static_cast<double>(limit)) return limit;
  return static_cast<size_t>(d);
}

Encoding EncodingArg(const JS::CallArgs& args, unsigned i) {
  if (args.get(i).isInt32()) {
    int e = args[i].toInt32();
    if (e >= 0 && e < kEncodingCount) return static_cast<Encoding>(e);
  }
  return kUtf8;
}

// Calls f(chars, length) with the characters of `s`; valid for the call.
template <typename F>
auto WithChars(JSLinearString* s, const JS::AutoCheckCannotGC& nogc, F&& f) {
  size_t len = JS::GetLinearStringLength(s);
  if (JS::LinearStringHasLatin1Chars(s)) {
    return f(JS::GetLatin1LinearStringChars(nogc, s), len);
  }
  return f(JS::GetTwoByteLinearStringChars(nogc, s), len);
}

// --- ASCII scanning ----------------------------------------------------------

// Index of the first byte >= 0x80, or n.
size_t FirstNonAscii(const uint8_t* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  for (; i < n; i++) {
    if (p[i] & 0x80) return i;
  }
  return n;
}

// --- UTF-8 -------------------------------------------------------------------

// UTF-8 byte length of a string; a lone surrogate counts as U+FFFD (3 bytes).
size_t Utf8Length(const JS::Latin1Char* s, size_t n) {
  size_t extra = 0;
  for (size_t i = 0; i < n; i++) extra += s[i] >> 7;
  return n + extra;
}

size_t Utf8Length(const char16_t* s, size_t n) {
  // Every unit >= 0x80 adds a byte and every unit >= 0x800 another; a
  // surrogate pair (two units >= 0x800, 6 so far) is 4 bytes. This shape
  // vectorizes; pairs are counted in a second pass only when there are any.
  size_t extra = 0;
  bool surrogates = false;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    extra += (c >= 0x80) + (c >= 0x800);
    surrogates |= (c & 0xF800) == 0xD800;
  }
  if (surrogates) {
    for (size_t i = 0; i + 1 < n; i++) {
      if (s[i] >= 0xD800 && s[i] <= 0xDBFF && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        extra -= 2;
        i++;
      }
    }
  }
  return n + extra;
}

// Writes UTF-8 into out[0, cap) and returns the bytes written. A character
// that does not fit entirely is not written, nor anything after it.
template <bool kKeepSurrogates = false>
size_t WriteUtf8(const JS::Latin1Char* s, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0, o = 0;
  while (i < n) {
    size_t run = FirstNonAscii(s + i, std::min(n - i, cap - o));
    if (run) std::memcpy(out + o, s + i, run);  // out is null for a detached target
    i += run;
    o += run;
    if (i == n || o == cap) break;
    uint8_t c = s[i];  // >= 0x80: the run stopped before it
    if (cap - o < 2) break;
    out[o++] = 0xC0 | (c >> 6);
    out[o++] = 0x80 | (c & 0x3F);
    i++;
  }
  return o;
}

// Copies the run of units < 0x80 at the start of s[0, n) to out as bytes
// and returns its length: 16 units at a time with SSE2 (x86-64's baseline),
// which tests them and packs them to bytes in one pass.
size_t CopyAsciiRun(const char16_t* s, size_t n, uint8_t* out) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i high = _mm_set1_epi16(static_cast<int16_t>(0xFF80));
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 8));
    __m128i any = _mm_and_si128(_mm_or_si128(a, b), high);
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(any, zero)) != 0xFFFF) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_packus_epi16(a, b));
  }
  if (i + 8 <= n) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(a, high), zero)) == 0xFFFF) {
      _mm_storel_epi64(reinterpret_cast<__m128i*>(out + i), _mm_packus_epi16(a, a));
      i += 8;
    }
  }
#endif
  for (; i < n && s[i] < 0x80; i++) out[i] = static_cast<uint8_t>(s[i]);
  return i;
}

// kKeepSurrogates writes an unpaired surrogate as its own 3-byte sequence
// (ED A0 80 for U+D800) instead of U+FFFD: node searches for that.
template <bool kKeepSurrogates = false>
size_t WriteUtf8(const char16_t* s, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0, o = 0;
  while (i < n) {
    uint32_t c = s[i];
    if (c < 0x80) {
      size_t run = CopyAsciiRun(s + i, std::min(n - i, cap - o), out + o);
      if (run == 0) break;  // out of room
      i += run;
      o += run;
      continue;
    }
    if (c < 0x800) {
      if (cap - o < 2) break;
      out[o++] = 0xC0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3F);
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 &&
        s[i + 1] <= 0xDFFF) {
      if (cap - o < 4) break;
      uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      out[o++] = 0xF0 | (cp >> 18);
      out[o++] = 0x80 | ((cp >> 12) & 0x3F);
      out[o++] = 0x80 | ((cp >> 6) & 0x3F);
      out[o++] = 0x80 | (cp & 0x3F);
      i += 2;
      continue;
    }
    if (!kKeepSurrogates && c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // lone surrogate
    if (cap - o < 3) break;
    out[o++] = 0xE0 | (c >> 12);
    out[o++] = 0x80 | ((c >> 6) & 0x3F);
    out[o++] = 0x80 | (c & 0x3F);
    i++;
  }
  return o;
}

// Decodes UTF-8 as the WHATWG Encoding Standard does: each maximal invalid
// subsequence becomes one U+FFFD, and the byte that ended it is read again.
// The sink receives runs of ASCII bytes (sink.Ascii(p, n)) and single
// UTF-16 code units (sink.Unit(c)).
template <typename Sink>
void DecodeUtf8(const uint8_t* p, size_t n, Sink& sink) {
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      size_t run = FirstNonAscii(p + i, n - i);
      sink.Ascii(p + i, run);
      i += run;
      continue;
    }
    size_t need;
    uint32_t cp;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      sink.Unit(0xFFFD);
      i++;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (size_t k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (p[j] & 0x3F);
    }
    i = j;
    if (!ok) {
      sink.Unit(0xFFFD);
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      sink.Unit(static_cast<char16_t>(0xD800 + (cp >> 10)));
      sink.Unit(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      sink.Unit(static_cast<char16_t>(cp));
    }
  }
}

struct CountUnits {
  size_t units = 0;
  void Ascii(const uint8_t*, size_t n) { units += n; }
  void Unit(char16_t) { units++; }
};

// Bounded by `cap` although the counting pass sized it: the bytes of a
// SharedArrayBuffer can change between the passes.
struct StoreUnits {
  char16_t* out;
  size_t cap;
  size_t pos = 0;
  void Ascii(const uint8_t* p, size_t n) {
    n = std::min(n, cap - pos);
    for (size_t k = 0; k < n; k++) out[pos + k] = p[k];
    pos += n;
  }
  void Unit(char16_t c) {
    if (pos < cap) out[pos++] = c;
  }
};

// True when p[0, n) is well-formed UTF-8 (no surrogates, no overlongs).
bool IsUtf8(const uint8_t* p, size_t n) {
  size_t i = FirstNonAscii(p, n);
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (n - i - 1 < need) return false;
    for (size_t k = 1; k <= need; k++) {
      if (p[i + k] < lo || p[i + k] > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
    i += need + 1;
  }
  return true;
}

// --- hex and base64 ----------------------------------------------------------

const char kHexDigits[] = "0123456789abcdef";
const char kBase64Chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Hex digit values; 255 = not a hex digit.
struct HexTable {
  uint8_t v[256];
  constexpr HexTable() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 10; i++) v['0' + i] = static_cast<uint8_t>(i);
    for (int i = 0; i < 6; i++) {
      v['a' + i] = static_cast<uint8_t>(10 + i);
      v['A' + i] = static_cast<uint8_t>(10 + i);
    }
  }
};
constexpr HexTable kHexValues;

// Both alphabets decode in either encoding, as in node. 64 = not base64.
struct Base64Table {
  uint8_t v[256];
  constexpr Base64Table() : v() {
    for (int i = 0; i < 256; i++) v[i] = 64;
    for (int i = 0; i < 64; i++) {
      v[static_cast<uint8_t>(kBase64Chars[i])] = static_cast<uint8_t>(i);
      v[static_cast<uint8_t>(kBase64UrlChars[i])] = static_cast<uint8_t>(i);
    }
  }
};
constexpr Base64Table kBase64Values;

// Node reads hex and base64 input one byte per character: a UTF-16 unit
// counts by its low byte.
template <typename CharT>
uint8_t LowByte(CharT c) {
  return static_cast<uint8_t>(c & 0xFF);
}

#if defined(__x86_64__)
bool HaveAvx2() {
  static const bool have = __builtin_cpu_supports("avx2");
  return have;
}

// Decodes 32 hex digits into 16 bytes at a time with AVX2, stopping before
// the first block that holds anything but hex digits (the scalar loop then
// finds the exact place). Returns the bytes written.
__attribute__((target("avx2"))) size_t DecodeHexAvx2(const uint8_t* s, size_t n,
                                                     uint8_t* out, size_t cap) {
  const __m256i zero_char = _mm256_set1_epi8('0');
  const __m256i lower_a = _mm256_set1_epi8('a');
  const __m256i case_bit = _mm256_set1_epi8(0x20);
  const __m256i nine = _mm256_set1_epi8(9);
  const __m256i five = _mm256_set1_epi8(5);
  const __m256i ten = _mm256_set1_epi8(10);
  const __m256i weights = _mm256_set1_epi16(0x0110);  // high digit * 16 + low
  size_t o = 0;
  while (2 * o + 32 <= n && o + 16 <= cap) {
    __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + 2 * o));
    __m256i d = _mm256_sub_epi8(c, zero_char);
    __m256i is_digit = _mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d);
    __m256i l = _mm256_sub_epi8(_mm256_or_si256(c, case_bit), lower_a);
    __m256i is_letter = _mm256_cmpeq_epi8(_mm256_min_epu8(l, five), l);
    if (_mm256_movemask_epi8(_mm256_or_si256(is_digit, is_letter)) != -1) break;
    __m256i v = _mm256_blendv_epi8(_mm256_add_epi8(l, ten), d, is_digit);
    __m256i pairs = _mm256_maddubs_epi16(v, weights);
    __m256i packed = _mm256_packus_epi16(pairs, pairs);
    packed = _mm256_permute4x64_epi64(packed, 0x08);  // qwords 0 and 2
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm256_castsi256_si128(packed));
    o += 16;
  }
  return o;
}

// Writes the hex digits of p[0, n) 16 bytes at a time; returns the bytes
// consumed (a multiple of 16).
__attribute__((target("avx2"))) size_t EncodeHexAvx2(const uint8_t* p, size_t n,
                                                     uint8_t* out) {
  const __m128i digits = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                                       'a', 'b', 'c', 'd', 'e', 'f');
  const __m128i low_nibble = _mm_set1_epi8(0x0F);
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hi = _mm_shuffle_epi8(digits, _mm_and_si128(_mm_srli_epi16(x, 4), low_nibble));
    __m128i lo = _mm_shuffle_epi8(digits, _mm_and_si128(x, low_nibble));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 2 * i), _mm_unpacklo_epi8(hi, lo));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 2 * i + 16), _mm_unpackhi_epi8(hi, lo));
  }
  return i;
}
#endif

// Writes the 2n hex digits of p[0, n).
void EncodeHex(const uint8_t* p, size_t n, JS::Latin1Char* out) {
  size_t i = 0;
#if defined(__x86_64__)
  if (n >= 16 && HaveAvx2()) i = EncodeHexAvx2(p, n, out);
#endif
  for (; i < n; i++) {
    out[2 * i] = kHexDigits[p[i] >> 4];
    out[2 * i + 1] = kHexDigits[p[i] & 15];
  }
}

// Decodes pairs of hex digits until the first pair that is not one.
template <typename CharT>
size_t WriteHex(const CharT* s, size_t n, uint8_t* out, size_t cap) {
  size_t i = 0;
#if defined(__x86_64__)
  if constexpr (sizeof(CharT) == 1) {
    if (n >= 32 && HaveAvx2()) {
      i = DecodeHexAvx2(reinterpret_cast<const uint8_t*>(s), n, out, cap);
    }
  }
#endif
  for (; i < cap && 2 * i + 1 < n; i++) {
    uint8_t a = kHexValues.v[LowByte(s[2 * i])];
    uint8_t b = kHexValues.v[LowByte(s[2 * i + 1])];
    if (a > 15 || b > 15) break;
    out[i] = static_cast<uint8_t>((a << 4) | b);
  }
  return i;
}

#if defined(__x86_64__)
// Decodes 32 characters of either alphabet at a time with AVX2 (Mula's
// nibble-lookup method: '-' and '_' are first folded onto '+' and '/'),
// stopping before the first block holding anything else ('=', whitespace,
// invalid bytes), which the scalar loop then handles. Each block stores 32
// bytes of which 24 are output, so `cap` needs 8 bytes of slack. Returns the
// characters consumed; *written gets the bytes produced.
__attribute__((target("avx2"))) size_t DecodeBase64Avx2(const uint8_t* s, size_t n,
                                                        uint8_t* out, size_t cap,
                                                        size_t* written) {
  const __m256i lut_lo = _mm256_setr_epi8(
      0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B,
      0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
      0x1B, 0x1B, 0x1B, 0x1A);
  const __m256i lut_hi = _mm256_setr_epi8(
      0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10, 0x10, 0x10);
  const __m256i lut_roll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0,
                                            0, 0, 0, 0, 0, 16, 19, 4, -65, -65, -71, -71,
                                            0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i mask_2f = _mm256_set1_epi8(0x2F);
  const __m256i dash = _mm256_set1_epi8('-');
  const __m256i plus = _mm256_set1_epi8('+');
  const __m256i underscore = _mm256_set1_epi8('_');
  const __m256i pack_shuffle = _mm256_setr_epi8(
      2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5, 4, 10, 9, 8,
      14, 13, 12, -1, -1, -1, -1);
  const __m256i pack_permute = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 7, 7);
  size_t i = 0, o = 0;
  while (i + 32 <= n && o + 32 <= cap) {
    __m256i str = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
    str = _mm256_blendv_epi8(str, plus, _mm256_cmpeq_epi8(str, dash));
    str = _mm256_blendv_epi8(str, mask_2f, _mm256_cmpeq_epi8(str, underscore));
    const __m256i hi_nibbles = _mm256_and_si256(_mm256_srli_epi32(str, 4), mask_2f);
    const __m256i lo_nibbles = _mm256_and_si256(str, mask_2f);
    const __m256i lo = _mm256_shuffle_epi8(lut_lo, lo_nibbles);
    const __m256i hi = _mm256_shuffle_epi8(lut_hi, hi_nibbles);
    if (!_mm256_testz_si256(lo, hi)) break;
    const __m256i eq_2f = _mm256_cmpeq_epi8(str, mask_2f);
    const __m256i roll = _mm256_shuffle_epi8(lut_roll, _mm256_add_epi8(eq_2f, hi_nibbles));
    str = _mm256_add_epi8(str, roll);
    __m256i merged = _mm256_maddubs_epi16(str, _mm256_set1_epi32(0x01400140));
    merged = _mm256_madd_epi16(merged, _mm256_set1_epi32(0x00011000));
    merged = _mm256_shuffle_epi8(merged, pack_shuffle);
    merged = _mm256_permutevar8x32_epi32(merged, pack_permute);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + o), merged);
    i += 32;
    o += 24;
  }
  *written = o;
  return i;
}

#endif

// Lenient base64 (node's): characters outside both alphabets are skipped,
// '=' ends the input, and a trailing partial group yields the whole bytes
// it holds. Runs of four valid characters take the fast path.
template <typename CharT>
size_t WriteBase64(const CharT* s, size_t n, uint8_t* out, size_t cap) {
  const uint8_t* table = kBase64Values.v;
  size_t i = 0, o = 0;
  uint32_t acc = 0;
  int have = 0;  // sextets of the current group in acc
#if defined(__x86_64__)
  if constexpr (sizeof(CharT) == 1) {
    if (n >= 64 && HaveAvx2()) {
      i = DecodeBase64Avx2(reinterpret_cast<const uint8_t*>(s), n, out, cap, &o);
    }
  }
#endif
  while (i < n && o < cap) {
    if (have == 0) {
      // Eight characters are read before anything is stored: stores through
      // `out` could alias the input as far as the compiler knows.
      while (i + 8 <= n && o + 6 <= cap) {
        uint32_t v[8];
        for (int k = 0; k < 8; k++) v[k] = table[LowByte(s[i + k])];
        if ((v[0] | v[1] | v[2] | v[3] | v[4] | v[5] | v[6] | v[7]) & 64) break;
        uint32_t w1 = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
        uint32_t w2 = (v[4] << 18) | (v[5] << 12) | (v[6] << 6) | v[7];
        uint8_t bytes[6] = {static_cast<uint8_t>(w1 >> 16), static_cast<uint8_t>(w1 >> 8),
                            static_cast<uint8_t>(w1), static_cast<uint8_t>(w2 >> 16),
                            static_cast<uint8_t>(w2 >> 8), static_cast<uint8_t>(w2)};
        std::memcpy(out + o, bytes, 6);
        o += 6;
        i += 8;
      }
      while (i + 4 <= n && o + 3 <= cap) {
        uint32_t a = table[LowByte(s[i])], b = table[LowByte(s[i + 1])];
        uint32_t c = table[LowByte(s[i + 2])], d = table[LowByte(s[i + 3])];
        if ((a | b | c | d) & 64) break;
        uint32_t w = (a << 18) | (b << 12) | (c << 6) | d;
        out[o] = static_cast<uint8_t>(w >> 16);
        out[o + 1] = static_cast<uint8_t>(w >> 8);
        out[o + 2] = static_cast<uint8_t>(w);
        o += 3;
        i += 4;
      }
      if (i >= n || o >= cap) break;
    }
    uint8_t c = LowByte(s[i++]);
    uint8_t v = table[c];
    if (v == 64) {
      if (c == '=') break;
      continue;
    }
    acc = (acc << 6) | v;
    have++;
    // Sextets 2, 3 and 4 of a group each complete one byte.
    if (have >= 2) out[o++] = static_cast<uint8_t>(acc >> (2 * (4 - have)));
    if (have == 4) {
      acc = 0;
      have = 0;
    }
  }
  return o;
}

// Upper bound of the decoded size, node's estimate (before padding).
template <typename CharT>
size_t Base64DecodedSize(const CharT* s, size_t n) {
  if (n > 0 && s[n - 1] == '=') n--;
  if (n > 0 && s[n - 1] == '=') n--;
  return (n / 4) * 3 + ((n % 4) * 3) / 4;
}

size_t Base64EncodedSize(size_t n, bool url) {
  return url ? (n / 3) * 4 + ((n % 3) ? (n % 3) + 1 : 0) : ((n + 2) / 3) * 4;
}

#if defined(__x86_64__)
// Encodes 24 bytes into 32 characters at a time with AVX2 (Mula's method:
// each 32-bit word gathers the 3 bytes of a group, multiplies move the four
// sextets into separate bytes, and a 16-entry shuffle table gives the offset
// that turns each sextet into its character). Reads 28 bytes for every 24
// it encodes, so it stops while fewer than 32 remain. Returns the bytes
// consumed (a multiple of 24).
__attribute__((target("avx2"))) size_t EncodeBase64Avx2(const uint8_t* p, size_t n,
                                                        uint8_t* out, bool url) {
  const __m256i gather = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                          1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const __m256i mask_ac = _mm256_set1_epi32(0x0FC0FC00);
  const __m256i mul_ac = _mm256_set1_epi32(0x04000040);
  const __m256i mask_bd = _mm256_set1_epi32(0x003F03F0);
  const __m256i mul_bd = _mm256_set1_epi32(0x01000010);
  const char c62 = url ? '-' : '+';
  const char c63 = url ? '_' : '/';
  // Index 0: 'a'..'z' (sextets 26..51), 1..10: digits, 11 and 12: the last
  // two characters, 13: 'A'..'Z'.
  const __m256i offsets = _mm256_setr_epi8(
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, '0' - 52, static_cast<char>(c62 - 62), static_cast<char>(c63 - 63),
      'A', 0, 0, 'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, '0' - 52, '0' - 52, static_cast<char>(c62 - 62),
      static_cast<char>(c63 - 63), 'A', 0, 0);
  const __m256i k51 = _mm256_set1_epi8(51);
  const __m256i k26 = _mm256_set1_epi8(26);
  const __m256i k13 = _mm256_set1_epi8(13);
  size_t i = 0, o = 0;
  while (i + 32 <= n) {
    __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 12));
    __m256i x = _mm256_set_m128i(hi, lo);
    x = _mm256_shuffle_epi8(x, gather);
    __m256i ac = _mm256_mulhi_epu16(_mm256_and_si256(x, mask_ac), mul_ac);
    __m256i bd = _mm256_mullo_epi16(_mm256_and_si256(x, mask_bd), mul_bd);
    __m256i sextets = _mm256_or_si256(ac, bd);
    __m256i idx = _mm256_subs_epu8(sextets, k51);
    idx = _mm256_or_si256(idx, _mm256_and_si256(_mm256_cmpgt_epi8(k26, sextets), k13));
    __m256i chars = _mm256_add_epi8(_mm256_shuffle_epi8(offsets, idx), sextets);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + o), chars);
    i += 24;
    o += 32;
  }
  return i;
}
#endif

template <typename CharT>
void EncodeBase64(const uint8_t* p, size_t n, CharT* out, bool url) {
  const char* table = url ? kBase64UrlChars : kBase64Chars;
  size_t i = 0, o = 0;
#if defined(__x86_64__)
  if constexpr (sizeof(CharT) == 1) {
    if (n >= 32 && HaveAvx2()) {
      i = EncodeBase64Avx2(p, n, reinterpret_cast<uint8_t*>(out), url);
      o = i / 3 * 4;
    }
  }
#endif
  for (; i + 3 <= n; i += 3) {
    uint32_t w = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
    out[o++] = table[w >> 18];
    out[o++] = table[(w >> 12) & 63];
    out[o++] = table[(w >> 6) & 63];
    out[o++] = table[w & 63];
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t w = p[i] << 16;
    out[o++] = table[w >> 18];
    out[o++] = table[(w >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (rest == 2) {
    uint32_t w = (p[i] << 16) | (p[i + 1] << 8);
    out[o++] = table[w >> 18];
    out[o++] = table[(w >> 12) & 63];
    out[o++] = table[(w >> 6) & 63];
    if (!url) out[o++] = '=';
  }
}

// --- encoding a string ---------------------------------------------------------

// Bytes `s` needs in `enc`; exact except for hex and base64 (an upper bound).
template <typename CharT>
size_t EncodedSize(const CharT* s, size_t n, Encoding enc) {
  switch (enc) {
    case kUtf8: return Utf8Length(s, n);
    case kUcs2: return n * 2;
    case kLatin1:
    case kAscii: return n;
    case kHex: return n / 2;
    case kBase64:
    case kBase64Url: return Base64DecodedSize(s, n);
  }
  return 0;
}

// Encodes `s` into out[0, cap), returning the bytes written. Latin1 and ascii
// keep the low byte of each unit; utf16le writes whole units only.
template <typename CharT>
size_t Encode(const CharT* s, size_t n, Encoding enc, uint8_t* out, size_t cap) {
  switch (enc) {
    case kUtf8: return WriteUtf8(s, n, out, cap);
    case kUcs2: {
      size_t units = std::min(n, cap / 2);
      for (size_t i = 0; i < units; i++) {
        out[2 * i] = static_cast<uint8_t>(s[i] & 0xFF);
        out[2 * i + 1] = static_cast<uint8_t>(s[i] >> 8);
      }
      return units * 2;
    }
    case kLatin1:
    case kAscii: {
      size_t m = std::min(n, cap);
      if constexpr (sizeof(CharT) == 1) {
        if (m) std::memcpy(out, s, m);
      } else {
        for (size_t i = 0; i < m; i++) out[i] = static_cast<uint8_t>(s[i] & 0xFF);
      }
      return m;
    }
    case kHex: return WriteHex(s, n, out, cap);
    case kBase64:
    case kBase64Url: return WriteBase64(s, n, out, cap);
  }
  return 0;
}

// --- decoding bytes ------------------------------------------------------------

// Characters `enc` makes of n bytes (utf8 is counted separately).
size_t DecodedLength(size_t n, Encoding enc) {
  switch (enc) {
    case kUcs2: return n / 2;
    case kHex: return n * 2;
    case kBase64: return Base64EncodedSize(n, false);
    case kBase64Url: return Base64EncodedSize(n, true);
    default: return n;
  }
}

JSString* NewLatin1(JSContext* cx, Owned<JS::Latin1Char> chars, size_t len) {
  js::UniquePtr<JS::Latin1Char[], JS::FreePolicy> owned(chars.release());
  return JS_NewLatin1String(cx, std::move(owned), len);
}

JSString* NewTwoByte(JSContext* cx, Owned<char16_t> chars, size_t len) {
  JS::UniqueTwoByteChars owned(chars.release());
  return JS_NewUCString(cx, std::move(owned), len);
}

template <typename T>
[[nodiscard]] Owned<T> AllocChars(JSContext* cx, size_t len) {
  Owned<T> p(static_cast<T*>(JS_string_malloc(cx, (len + 1) * sizeof(T))));
  if (!p) {
    JS_ReportOutOfMemory(cx);
    return p;
  }
  p[len] = 0;
  return p;
}

// Inputs up to this many bytes are decoded into a stack buffer first, then
// copied into an inline string (up to 24 Latin-1 characters) or into the
// string arena below.
constexpr size_t kSmallDecode = 256;

// --- the string arena ----------------------------------------------------------
//
// A string longer than the engine's inline strings (24 Latin-1 or 12 UTF-16
// characters) gets a malloc'ed character block, registered with the nursery
// and freed on a helper thread after it dies: for short decodes that costs
// more than the decoding (measured: about half of a 64-byte toString). Short
// results are instead written into an arena: one string of kArenaSize
// characters (one Latin-1, one UTF-16) that JS never sees, whose unused
// tail is filled by later decodes, and each result is a dependent string
// (a GC cell pointing into the arena's characters). Characters are written
// only beyond every dependent handed out, so no string ever changes. A
// dependent string keeps its whole arena alive, as a pooled Buffer keeps its
// pool: the arena is small to bound that.
//
// The arenas live in the reserved slots of a holder object (kArenaClass)
// that lib/ keeps and passes in, so the GC sees them and nothing needs
// cleaning up at exit. The last 8 bytes of every arena hold a serial
// number, so no two arenas have equal contents (the nursery deduplicates
// equal strings when it tenures them).

constexpr size_t kArenaSize = 4096;     // characters
constexpr size_t kArenaTailBytes = 8;  // the serial number
// Shorter strings are inline anyway (24 Latin-1 or 12 UTF-16 characters).
constexpr size_t kArenaMinLatin1 = 25;
constexpr size_t kArenaMinTwoByte = 13;
// One arena for Latin-1 results and one for UTF-16 ones.
enum ArenaSlot {
  kArenaLatin1 = 0,
  kArenaLatin1Used = 1,
  kArenaTwoByte = 2,
  kArenaTwoByteUsed = 3,
  kArenaSlotCount = 4,
};

const JSClass kArenaClass = {"BufferStringArena",
                             JSCLASS_HAS_RESERVED_SLOTS(kArenaSlotCount)};

// The characters at the end of an arena that are never handed out: the
// serial number, and for UTF-16 a unit above 0xFF first, or the engine would
// store the arena as Latin-1 (and free the block it was given).
template <typename CharT>
constexpr size_t ArenaTail() {
  return kArenaTailBytes / sizeof(CharT) + (sizeof(CharT) == 1 ? 0 : 1);
}

// A new arena string of CharT with nothing used, stored in the holder;
// false on OOM.
template <typename CharT>
bool NewArena(JSContext* cx, JS::HandleObject holder, unsigned slot) {
  static std::atomic<uint64_t> serial{0};
  Owned<CharT> chars = AllocChars<CharT>(cx, kArenaSize);
  if (!chars) return false;
  size_t tail = ArenaTail<CharT>();
  std::memset(chars.get(), 0, (kArenaSize - tail) * sizeof(CharT));
  uint64_t n = ++serial;
  std::memcpy(chars.get() + kArenaSize - kArenaTailBytes / sizeof(CharT), &n, kArenaTailBytes);
  if constexpr (sizeof(CharT) == 2) chars[kArenaSize - tail] = 0xFFFD;
  JSString* base;
  if constexpr (sizeof(CharT) == 1) {
    base = NewLatin1(cx, std::move(chars), kArenaSize);
  } else {
    base = NewTwoByte(cx, std::move(chars), kArenaSize);
  }
  if (!base) return false;
  JS::SetReservedSlot(holder, slot, JS::StringValue(base));
  JS::SetReservedSlot(holder, slot + 1, JS::Int32Value(0));
  return true;
}

// A string of chars[0, len) (ArenaMin <= len <= kArenaSize - tail) carved
// from the holder's arena for CharT.
template <typename CharT>
JSString* NewArenaString(JSContext* cx, JS::HandleObject holder, const CharT* chars,
                         size_t len) {
  const unsigned slot = sizeof(CharT) == 1 ? kArenaLatin1 : kArenaTwoByte;
  JS::Value v = JS::GetReservedSlot(holder, slot);
  JS::Value u = JS::GetReservedSlot(holder, slot + 1);
  size_t used = u.isInt32() ? static_cast<size_t>(u.toInt32()) : kArenaSize;
  if (!v.isString() || used + len > kArenaSize - ArenaTail<CharT>() ||
      JS::GetStringZone(v.toString()) != js::GetContextZone(cx)) {
    if (!NewArena<CharT>(cx, holder, slot)) return nullptr;
    v = JS::GetReservedSlot(holder, slot);
    used = 0;
  }
  JS::RootedString base(cx, v.toString());
  JSLinearString* linear = JS_EnsureLinearString(cx, base);  // already linear
  if (!linear) return nullptr;
  if (JS::LinearStringHasLatin1Chars(linear) != (sizeof(CharT) == 1) ||
      JS::GetLinearStringLength(linear) != kArenaSize) {
    // Not an arena this code made: never write into it.
    if constexpr (sizeof(CharT) == 1) {
      return JS_NewStringCopyN(cx, reinterpret_cast<const char*>(chars), len);
    } else {
      return JS_NewUCStringCopyN(cx, chars, len);
    }
  }
  {
    JS::AutoCheckCannotGC nogc;
    const CharT* p;
    if constexpr (sizeof(CharT) == 1) {
      p = JS::GetLatin1LinearStringChars(nogc, linear);
    } else {
      p = JS::GetTwoByteLinearStringChars(nogc, linear);
    }
    std::memcpy(const_cast<CharT*>(p) + used, chars, len * sizeof(CharT));
  }
  JSString* s = JS_NewDependentString(cx, base, used, len);
  if (!s) return nullptr;
  JS::SetReservedSlot(holder, slot + 1, JS::Int32Value(static_cast<int32_t>(used + len)));
  return s;
}

// Decode() for 0 < end - start <= kSmallDecode; results too long to be
// inline come from the arenas of `arena` (a kArenaClass holder) when it is
// not null.
JSString* DecodeSmall(JSContext* cx, JS::HandleObject source, Encoding enc, size_t start,
                      size_t end, JS::HandleObject arena) {
  size_t n = end - start;
  // hex makes 2 characters a byte, base64 4 per 3, utf8 at most 1 unit a byte.
  JS::Latin1Char latin1[2 * kSmallDecode];
  char16_t units[kSmallDecode];
  size_t len = 0;
  bool two_byte = false;
  {
    JS::AutoCheckCannotGC nogc;
    Bytes b = GetBytes(source, nogc);
    if (end > b.size) return JS_GetEmptyString(cx);
    const uint8_t* p = b.data + start;
    switch (enc) {
      case kUtf8: {
        // Latin-1 output while every character fits (ASCII and the
        // two-byte sequences C2/C3 xx); the general decoder takes over
        // from the first character that does not, in UTF-16.
        size_t i = 0, o = 0;
        while (i < n) {
          if (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
              std::memcpy(latin1 + o, p + i, 8);
              i += 8;
              o += 8;
              continue;
            }
          }
          uint8_t c = p[i];
          if (c < 0x80) {
            latin1[o++] = c;
            i++;
          } else if ((c & 0xFE) == 0xC2 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            latin1[o++] = static_cast<JS::Latin1Char>(((c & 0x1F) << 6) | (p[i + 1] & 0x3F));
            i += 2;
          } else {
            break;
          }
        }
        len = o;
        if (i < n) {
          for (size_t k = 0; k < o; k++) units[k] = latin1[k];
          StoreUnits store{units + o, kSmallDecode - o};
          DecodeUtf8(p + i, n - i, store);
          len = o + store.pos;
          two_byte = true;
        }
        break;
      }
      case kUcs2:
        len = n / 2;
        for (size_t i = 0; i < len; i++) {
          units[i] = static_cast<char16_t>(p[2 * i] | (p[2 * i + 1] << 8));
        }
        two_byte = true;
        break;
      case kLatin1:
        std::memcpy(latin1, p, n);
        len = n;
        break;
      case kAscii:
        for (size_t i = 0; i < n; i++) latin1[i] = p[i] & 0x7F;
        len = n;
        break;
      case kHex:
        EncodeHex(p, n, latin1);
        len = 2 * n;
        break;
      case kBase64:
      case kBase64Url: {
        bool url = enc == kBase64Url;
        len = Base64EncodedSize(n, url);
        EncodeBase64(p, n, latin1, url);
        break;
      }
    }
  }
  if (len == 0) return JS_GetEmptyString(cx);
  if (two_byte) {
    if (arena && len >= kArenaMinTwoByte) return NewArenaString(cx, arena, units, len);
    return JS_NewUCStringCopyN(cx, units, len);
  }
  if (arena && len >= kArenaMinLatin1) return NewArenaString(cx, arena, latin1, len);
  return JS_NewStringCopyN(cx, reinterpret_cast<const char*>(latin1), len);
}

// Decodes source[start, end) into a string. Sets `*too_long` instead when
// the string would exceed the engine's limit.
JSString* Decode(JSContext* cx, JS::HandleObject source, Encoding enc, size_t start,
                 size_t end, bool* too_long, JS::HandleObject arena = nullptr) {
  *too_long = false;
  size_t n = end - start;
  if (n == 0) return JS_GetEmptyString(cx);
  if (n <= kSmallDecode) return DecodeSmall(cx, source, enc, start, end, arena);

  if (enc == kUtf8) {
    // Pass 1: the ASCII prefix and the UTF-16 length.
    size_t ascii, units = 0;
    {
      JS::AutoCheckCannotGC nogc;
      Bytes b = GetBytes(source, nogc);
      if (end > b.size) return JS_GetEmptyString(cx);
      const uint8_t* p = b.data + start;
      ascii = FirstNonAscii(p, n);
      if (ascii < n) {
        CountUnits count;
        DecodeUtf8(p, n, count);
        units = count.units;
      }
    }
    if (ascii == n) {
      if (n > JS::MaxStringLength) return *too_long = true, nullptr;
      Owned<JS::Latin1Char> chars = AllocChars<JS::Latin1Char>(cx, n);
      if (!chars) return nullptr;
      JS::AutoCheckCannotGC nogc;
      Bytes b = GetBytes(source, nogc);
      if (end > b.size) return JS_GetEmptyString(cx);
      std::memcpy(chars.get(), b.data + start, n);
      return NewLatin1(cx, std::move(chars), n);
    }
    if (units > JS::MaxStringLength) return *too_long = true, nullptr;
    Owned<char16_t> chars = AllocChars<char16_t>(cx, units);
    if (!chars) return nullptr;
    {
      JS::AutoCheckCannotGC nogc;
      Bytes b = GetBytes(source, nogc);
      if (end > b.size) return JS_GetEmptyString(cx);
      StoreUnits store{chars.get(), units};
      DecodeUtf8(b.data + start, n, store);
      if (store.pos < units) {
        units = store.pos;
        chars[units] = 0;
      }
    }
    return NewTwoByte(cx, std::move(chars), units);
  }

  size_t len = DecodedLength(n, enc);
  if (len == 0) return JS_GetEmptyString(cx);
  if (len > JS::MaxStringLength) return *too_long = true, nullptr;

  if (enc == kUcs2) {
    Owned<char16_t> chars = AllocChars<char16_t>(cx, len);
    if (!chars) return nullptr;
    {
      JS::AutoCheckCannotGC nogc;
      Bytes b = GetBytes(source, nogc);
      if (end > b.size) return JS_GetEmptyString(cx);
      const uint8_t* p = b.data + start;
      char16_t* out = chars.get();
      for (size_t i = 0; i < len; i++) {
        out[i] = static_cast<char16_t>(p[2 * i] | (p[2 * i + 1] << 8));
      }
    }
    return NewTwoByte(cx, std::move(chars), len);
  }

  Owned<JS::Latin1Char> chars = AllocChars<JS::Latin1Char>(cx, len);
  if (!chars) return nullptr;
  Prefault(chars.get(), len);
  {
    JS::AutoCheckCannotGC nogc;
    Bytes b = GetBytes(source, nogc);
    if (end > b.size) return JS_GetEmptyString(cx);
    const uint8_t* p = b.data + start;
    JS::Latin1Char* out = chars.get();
    switch (enc) {
      case kLatin1: std::memcpy(out, p, n); break;
      case kAscii:
        for (size_t i = 0; i < n; i++) out[i] = p[i] & 0x7F;
        break;
      case kHex: EncodeHex(p, n, out); break;
      case kBase64: EncodeBase64(p, n, out, false); break;
      case kBase64Url: EncodeBase64(p, n, out, true); break;
      default: break;
    }
  }
  return NewLatin1(cx, std::move(chars), len);
}

// --- searching -------------------------------------------------------------------

// Node's choice of where a search starts, from the caller's offset (negative
// counts from the end). Returns -1 when the search cannot match.
int64_t SearchStart(int64_t hay_len, int64_t offset, int64_t needle_len, bool forward) {
  if (offset < 0) {
    if (offset + hay_len >= 0) return hay_len + offset;
    if (forward || needle_len == 0) return 0;
    return -1;
  }
  if (offset + needle_len <= hay_len) return offset;
  if (needle_len == 0) return hay_len;
  if (forward) return -1;
  return hay_len - 1;
}

// First (forward) or last (backward) position p of needle in hay with p a
// multiple of `step`; `start` rounded down to a multiple of `step` bounds p
// from below (forward) or above (backward).
int64_t FindBytes(const uint8_t* hay, size_t hay_len, const uint8_t* needle,
                  size_t needle_len, size_t start, bool forward, size_t step) {
  if (needle_len == 0 || needle_len > hay_len) return -1;
  size_t last = hay_len - needle_len;  // last possible position
  if (forward) {
    size_t pos = start - start % step;
    while (pos <= last) {
      const void* hit = memmem(hay + pos, hay_len - pos, needle, needle_len);
      if (!hit) return -1;
      size_t at = static_cast<const uint8_t*>(hit) - hay;
      if (at % step == 0) return static_cast<int64_t>(at);
      pos = at + (step - at % step);
    }
    return -1;
  }
  size_t pos = std::min(start, last);
  pos -= pos % step;
  for (;;) {
    // The last occurrence of the first byte at or before pos.
    const void* hit = memrchr(hay, needle[0], pos + 1);
    if (!hit) return -1;
    size_t at = static_cast<const uint8_t*>(hit) - hay;
    if (at % step == 0 && std::memcmp(hay + at, needle, needle_len) == 0) {
      return static_cast<int64_t>(at);
    }
    if (at == 0) return -1;
    pos = at - 1;
  }
}

// The shared part of indexOfString/indexOfBuffer: `needle` is already encoded.
double SearchEncoded(const uint8_t* hay, size_t hay_len, const uint8_t* needle,
                     size_t needle_len, int64_t offset, bool forward, bool ucs2) {
  int64_t start = SearchStart(static_cast<int64_t>(hay_len), offset,
                              static_cast<int64_t>(needle_len), forward);
  if (needle_len == 0) return static_cast<double>(start);
  if (hay_len == 0 || start < 0) return -1;
  if ((forward && needle_len + static_cast<size_t>(start) > hay_len) || needle_len > hay_len) {
    return -1;
  }
  size_t step = 1;
  if (ucs2) {
    // Whole UTF-16 units from the start of the haystack.
    if (hay_len < 2 || needle_len < 2) return -1;
    hay_len -= hay_len % 2;
    needle_len -= needle_len % 2;
    step = 2;
  }
  return static_cast<double>(FindBytes(hay, hay_len, needle, needle_len,
                                       static_cast<size_t>(start), forward, step));
}

int64_t OffsetArg(const JS::CallArgs& args, unsigned i) {
  double d = IntegerArg(args, i, 0);
  const double kLimit = 9007199254740991.0;
  return static_cast<int64_t>(std::clamp(d, -kLimit, kLimit));
}

// --- natives -----------------------------------------------------------------------

// byteLengthUtf8(string)
bool ByteLengthUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::Rooted<JSLinearString*> s(cx);
  if (!StringArg(cx, args, 0, &s)) return false;
  JS::AutoCheckCannotGC nogc;
  size_t n = WithChars(s, nogc, [](auto* p, size_t len) { return Utf8Length(p, len); });
  args.rval().setNumber(static_cast<double>(n));
  return true;
}

// toString(source, encoding, start, end[, arena]): the decoded string, or
// undefined when it would be longer than the engine allows. `arena` is the
// binding's `stringArena` holder (see the string arena above).
bool ToString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject source(cx);
  if (!BytesArg(cx, args, 0, &source)) return false;
  size_t size = ByteLengthOf(source);
  size_t start = IndexArg(args, 2, 0, size);
  size_t end = IndexArg(args, 3, size, size);
  if (end < start) end = start;
  bool too_long;
  JS::RootedObject arena(cx);
  if (args.get(4).isObject() && JS::GetClass(&args[4].toObject()) == &kArenaClass) {
    arena = &args[4].toObject();
  }
  JSString* s = Decode(cx, source, EncodingArg(args, 1), start, end, &too_long, arena);
  if (too_long) {
    args.rval().setUndefined();
    return true;
  }
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// write(target, string, offset, maxLength, encoding): bytes written.
bool Write(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject target(cx);
  JS::Rooted<JSLinearString*> s(cx);
  if (!BytesArg(cx, args, 0, &target) || !StringArg(cx, args, 1, &s)) return false;
  Encoding enc = EncodingArg(args, 4);
  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(target, nogc);
  size_t offset = IndexArg(args, 2, 0, b.size);
  size_t cap = IndexArg(args, 3, b.size - offset, b.size - offset);
  size_t written = WithChars(s, nogc, [&](auto* p, size_t n) {
    return Encode(p, n, enc, b.data + offset, cap);
  });
  args.rval().setNumber(static_cast<double>(written));
  return true;
}

// fromString(string, encoding): a new ArrayBuffer holding the encoded bytes.
bool FromString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::Rooted<JSLinearString*> s(cx);
  if (!StringArg(cx, args, 0, &s)) return false;
  Encoding enc = EncodingArg(args, 1);
  size_t size;
  {
    JS::AutoCheckCannotGC nogc;
    // UTF-8 of up to kOneCopyLimit bytes is written into room for the worst
    // case (3 bytes per unit) in one pass and the block shrunk after; longer
    // text is measured first.
    constexpr size_t kOneCopyLimit = 64 << 20;
    size_t worst = JS::GetLinearStringLength(s) * 3;
    if (enc == kUtf8 && worst <= kOneCopyLimit) {
      size = worst;
    } else {
      size = WithChars(s, nogc, [enc](auto* p, size_t n) { return EncodedSize(p, n, enc); });
    }
  }
  JSObject* ab;
  if (size == 0) {
    ab = JS::NewArrayBuffer(cx, 0);
  } else {
    Owned<uint8_t> data(static_cast<uint8_t*>(
        js_arena_malloc(js::ArrayBufferContentsArena, size)));
    if (!data) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    Prefault(data.get(), size);
    size_t written;
    {
      JS::AutoCheckCannotGC nogc;
      written = WithChars(s, nogc, [&](auto* p, size_t n) {
        return Encode(p, n, enc, data.get(), size);
      });
    }
    if (written == 0) {
      ab = JS::NewArrayBuffer(cx, 0);
    } else {
      if (written < size) {
        void* shrunk = js_arena_realloc(js::ArrayBufferContentsArena, data.get(), written);
        if (shrunk) {
          data.release();
          data.reset(static_cast<uint8_t*>(shrunk));
        }
      }
      ab = JS::NewArrayBufferWithContents(cx, written, data.get());
      if (ab) data.release();
    }
  }
  if (!ab) return false;
  args.rval().setObject(*ab);
  return true;
}

// Buffer.from(string) of a short string in two calls without measuring it
// first: encodeSmall(string, encoding) encodes into this thread's scratch
// block and returns the byte count; lib/ makes a Buffer of exactly that size
// and takeSmall(buffer) copies the bytes into it. Nothing runs between the
// two calls but the Buffer's construction.
constexpr size_t kSmallEncodeUnits = 256;
constexpr size_t kSmallEncodeBytes = 3 * kSmallEncodeUnits;  // utf8's worst case
thread_local uint8_t small_scratch[kSmallEncodeBytes];
thread_local size_t small_scratch_len = 0;

// encodeSmall(string, encoding): bytes written to the scratch block, or -1
// when the string has more than kSmallEncodeUnits units.
bool EncodeSmall(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::Rooted<JSLinearString*> s(cx);
  if (!StringArg(cx, args, 0, &s)) return false;
  if (JS::GetLinearStringLength(s) > kSmallEncodeUnits) {
    args.rval().setInt32(-1);
    return true;
  }
  Encoding enc = EncodingArg(args, 1);
  JS::AutoCheckCannotGC nogc;
  small_scratch_len = WithChars(s, nogc, [&](auto* p, size_t n) {
    return Encode(p, n, enc, small_scratch, kSmallEncodeBytes);
  });
  args.rval().setInt32(static_cast<int32_t>(small_scratch_len));
  return true;
}

// takeSmall(buffer): copies the scratch block's bytes into buffer.
bool TakeSmall(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject target(cx);
  if (!BytesArg(cx, args, 0, &target)) return false;
  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(target, nogc);
  size_t n = std::min(b.size, small_scratch_len);
  if (n) std::memcpy(b.data, small_scratch, n);
  args.rval().setUndefined();
  return true;
}

// createUnsafeArrayBuffer(size): an ArrayBuffer whose bytes are not zeroed,
// for Buffer.allocUnsafe/allocUnsafeSlow beyond the pool (node's contract:
// the contents are whatever the allocator had).
bool CreateUnsafeArrayBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double want = args.get(0).isNumber() ? args.get(0).toNumber() : 0;
  if (!(want > 0)) {
    JSObject* ab = JS::NewArrayBuffer(cx, 0);
    if (!ab) return false;
    args.rval().setObject(*ab);
    return true;
  }
  size_t size = static_cast<size_t>(want);
  Owned<uint8_t> data(
      static_cast<uint8_t*>(js_arena_malloc(js::ArrayBufferContentsArena, size)));
  if (!data) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  JSObject* ab = JS::NewArrayBufferWithContents(cx, size, data.get());
  if (!ab) return false;
  data.release();
  args.rval().setObject(*ab);
  return true;
}

// Repeats pattern[0, plen) over out[0, n).
void FillPattern(uint8_t* out, size_t n, const uint8_t* pattern, size_t plen) {
  if (plen == 1) {
    std::memset(out, pattern[0], n);
    return;
  }
  size_t first = std::min(n, plen);
  std::memcpy(out, pattern, first);
  for (size_t done = first; done < n;) {
    size_t chunk = std::min(done, n - done);
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
}

// fill(target, value, start, end, encoding): 0, -1 when value yields no
// bytes, -2 when the range is outside the target. value is a string (in
// `encoding`), bytes, or a number (its low byte).
bool Fill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject target(cx);
  if (!BytesArg(cx, args, 0, &target)) return false;
  double start_d = IntegerArg(args, 2, 0);
  double end_d = IntegerArg(args, 3, static_cast<double>(ByteLengthOf(target)));
  Encoding enc = EncodingArg(args, 4);

  JS::RootedValue value(cx, args.get(1));
  JS::Rooted<JSLinearString*> str(cx);
  JS::RootedObject bytes(cx);
  uint8_t byte = 0;
  if (value.isString()) {
    str = JS_EnsureLinearString(cx, value.toString());
    if (!str) return false;
  } else if ((bytes = UnwrapBytes(value))) {
    // filled below
  } else {
    uint32_t u;
    if (!JS::ToUint32(cx, value, &u)) return false;
    byte = static_cast<uint8_t>(u & 0xFF);
  }

  // The pattern is copied out first: it may alias the target.
  Owned<uint8_t> pattern;
  size_t plen = 1;
  if (str || bytes) {
    size_t cap;
    {
      JS::AutoCheckCannotGC nogc;
      cap = str ? WithChars(str, nogc, [enc](auto* p, size_t n) { return EncodedSize(p, n, enc); })
                : GetBytes(bytes, nogc).size;
    }
    if (cap == 0) {
      args.rval().setInt32(-1);
      return true;
    }
    pattern.reset(static_cast<uint8_t*>(js_malloc(cap)));
    if (!pattern) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    JS::AutoCheckCannotGC nogc;
    if (str) {
      plen = WithChars(str, nogc, [&](auto* p, size_t n) {
        return Encode(p, n, enc, pattern.get(), cap);
      });
    } else {
      Bytes src = GetBytes(bytes, nogc);
      plen = std::min(cap, src.size);
      std::memcpy(pattern.get(), src.data, plen);
    }
    if (plen == 0) {
      args.rval().setInt32(-1);
      return true;
    }
  }

  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(target, nogc);
  if (start_d < 0 || end_d > static_cast<double>(b.size) || start_d > end_d) {
    args.rval().setInt32(-2);
    return true;
  }
  size_t start = static_cast<size_t>(start_d), end = static_cast<size_t>(end_d);
  if (pattern) {
    FillPattern(b.data + start, end - start, pattern.get(), plen);
  } else if (end > start) {
    std::memset(b.data + start, byte, end - start);
  }
  args.rval().setInt32(0);
  return true;
}

// indexOfString(haystack, string, byteOffset, encoding, forward)
bool IndexOfString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject hay(cx);
  JS::Rooted<JSLinearString*> s(cx);
  if (!BytesArg(cx, args, 0, &hay) || !StringArg(cx, args, 1, &s)) return false;
  int64_t offset = OffsetArg(args, 2);
  Encoding enc = EncodingArg(args, 3);
  bool forward = JS::ToBoolean(args.get(4));

  size_t cap;
  {
    JS::AutoCheckCannotGC nogc;
    cap = WithChars(s, nogc, [enc](auto* p, size_t n) { return EncodedSize(p, n, enc); });
  }
  Owned<uint8_t> needle(static_cast<uint8_t*>(js_malloc(cap ? cap : 1)));
  if (!needle) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  JS::AutoCheckCannotGC nogc;
  size_t needle_len = WithChars(s, nogc, [&](auto* p, size_t n) {
    // As in node, an unpaired surrogate in a UTF-8 needle is searched for as
    // its own 3-byte sequence, not as U+FFFD.
    if (enc == kUtf8) return WriteUtf8<true>(p, n, needle.get(), cap);
    return Encode(p, n, enc, needle.get(), cap);
  });
  Bytes b = GetBytes(hay, nogc);
  args.rval().setNumber(SearchEncoded(b.data, b.size, needle.get(), needle_len, offset,
                                      forward, enc == kUcs2));
  return true;
}

// indexOfBuffer(haystack, needle, byteOffset, encoding, forward)
bool IndexOfBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject hay(cx), needle(cx);
  if (!BytesArg(cx, args, 0, &hay) || !BytesArg(cx, args, 1, &needle)) return false;
  int64_t offset = OffsetArg(args, 2);
  Encoding enc = EncodingArg(args, 3);
  bool forward = JS::ToBoolean(args.get(4));
  JS::AutoCheckCannotGC nogc;
  Bytes h = GetBytes(hay, nogc);
  Bytes n = GetBytes(needle, nogc);
  args.rval().setNumber(SearchEncoded(h.data, h.size, n.data, n.size, offset, forward,
                                      enc == kUcs2));
  return true;
}

// indexOfNumber(haystack, byte, byteOffset, forward)
bool IndexOfNumber(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject hay(cx);
  if (!BytesArg(cx, args, 0, &hay)) return false;
  uint8_t byte = static_cast<uint8_t>(
      static_cast<uint64_t>(static_cast<int64_t>(IntegerArg(args, 1, 0))) & 0xFF);
  int64_t offset = OffsetArg(args, 2);
  bool forward = JS::ToBoolean(args.get(3));
  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(hay, nogc);
  int64_t start = SearchStart(static_cast<int64_t>(b.size), offset, 1, forward);
  double result = -1;
  if (start >= 0 && b.size > 0 && static_cast<size_t>(start) < b.size) {
    size_t at = static_cast<size_t>(start);
    const void* hit = forward ? memchr(b.data + at, byte, b.size - at)
                              : memrchr(b.data, byte, at + 1);
    if (hit) result = static_cast<double>(static_cast<const uint8_t*>(hit) - b.data);
  }
  args.rval().setNumber(result);
  return true;
}

int CompareBytes(const uint8_t* a, size_t alen, const uint8_t* b, size_t blen) {
  size_t n = std::min(alen, blen);
  int r = n ? std::memcmp(a, b, n) : 0;
  if (r != 0) return r < 0 ? -1 : 1;
  if (alen != blen) return alen < blen ? -1 : 1;
  return 0;
}

// compare(a, b): -1, 0 or 1.
bool Compare(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject a(cx), b(cx);
  if (!BytesArg(cx, args, 0, &a) || !BytesArg(cx, args, 1, &b)) return false;
  JS::AutoCheckCannotGC nogc;
  Bytes x = GetBytes(a, nogc), y = GetBytes(b, nogc);
  args.rval().setInt32(CompareBytes(x.data, x.size, y.data, y.size));
  return true;
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
bool CompareOffset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject a(cx), b(cx);
  if (!BytesArg(cx, args, 0, &a) || !BytesArg(cx, args, 1, &b)) return false;
  JS::AutoCheckCannotGC nogc;
  Bytes src = GetBytes(a, nogc), dst = GetBytes(b, nogc);
  size_t target_start = IndexArg(args, 2, 0, dst.size);
  size_t source_start = IndexArg(args, 3, 0, src.size);
  size_t target_end = std::max(IndexArg(args, 4, dst.size, dst.size), target_start);
  size_t source_end = std::max(IndexArg(args, 5, src.size, src.size), source_start);
  args.rval().setInt32(CompareBytes(src.data + source_start, source_end - source_start,
                                    dst.data + target_start, target_end - target_start));
  return true;
}

// copy(source, target, targetStart, sourceStart, count): bytes copied; the
// ranges may overlap.
bool Copy(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject a(cx), b(cx);
  if (!BytesArg(cx, args, 0, &a) || !BytesArg(cx, args, 1, &b)) return false;
  JS::AutoCheckCannotGC nogc;
  Bytes src = GetBytes(a, nogc), dst = GetBytes(b, nogc);
  size_t target_start = IndexArg(args, 2, 0, dst.size);
  size_t source_start = IndexArg(args, 3, 0, src.size);
  size_t count = IndexArg(args, 4, src.size, src.size);
  count = std::min({count, src.size - source_start, dst.size - target_start});
  if (count) std::memmove(dst.data + target_start, src.data + source_start, count);
  args.rval().setNumber(static_cast<double>(count));
  return true;
}

// concat(list, length): Buffer.concat's work in one call. Every element of
// the array `list` must be a Uint8Array; the result is a new ArrayBuffer of
// `length` bytes (the sum of the elements' lengths when length < 0), the
// elements' bytes in order, cut at `length` or followed by zeros up to it.
// Returns the index of the first element that is not a Uint8Array instead,
// and lib/ then takes its JavaScript path, which reports it as node does.
//
// One pass: each element's bytes are copied as soon as it is read, into a
// block this call owns (grown as needed when the total is not given), so a
// getter that runs JavaScript while the list is read cannot pull bytes from
// under a copy in progress.
bool Concat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return ThrowExpected(cx, "an array");
  JS::RootedObject list(cx, &args[0].toObject());
  uint32_t count;
  if (!JS::GetArrayLength(cx, list, &count)) return false;
  const double want = args.get(1).isNumber() ? args[1].toNumber() : -1;
  const bool fixed = want >= 0;
  // Without a total, room for 128 bytes an element to start with, but not
  // more than 16 MiB: a list (a Proxy, say) may claim 2**32 - 1 elements.
  size_t cap = fixed ? static_cast<size_t>(want)
                     : std::clamp<size_t>(count * size_t{128}, 4096, size_t{16} << 20);
  Owned<uint8_t> data;
  if (cap) {
    data.reset(static_cast<uint8_t*>(js_arena_malloc(js::ArrayBufferContentsArena, cap)));
    if (!data) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
  }
  size_t pos = 0;
  JS::RootedValue v(cx);
  for (uint32_t i = 0; i < count; i++) {
    if (!JS_GetElement(cx, list, i, &v)) return false;
    JSObject* view = v.isObject() ? js::UnwrapUint8Array(&v.toObject()) : nullptr;
    if (!view) {
      args.rval().setInt32(static_cast<int32_t>(i));
      return true;
    }
    JS::AutoCheckCannotGC nogc;
    Bytes b = GetBytes(view, nogc);
    size_t n = b.size;
    if (fixed) {
      n = std::min(n, cap - pos);
    } else if (n > cap - pos) {
      // Room for the rest at the average size so far: one move, usually.
      // (capped: a list that claims billions of elements would ask for more
      // than any machine has).
      size_t ahead = std::min((pos + n) / (i + 1) * (count - i - 1), 4 * (pos + n));
      size_t grown = std::max(cap + cap / 2, pos + n + ahead);
      void* p = js_arena_realloc(js::ArrayBufferContentsArena, data.get(), grown);
      if (!p) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      data.release();
      data.reset(static_cast<uint8_t*>(p));
      cap = grown;
    }
    if (n) std::memcpy(data.get() + pos, b.data, n);
    pos += n;
  }
  size_t size = fixed ? cap : pos;
  if (pos < size) std::memset(data.get() + pos, 0, size - pos);
  JSObject* ab;
  if (size == 0) {
    ab = JS::NewArrayBuffer(cx, 0);
  } else {
    if (size < cap / 2) {
      // Shrink a block grown for an unknown total well past what it holds.
      if (void* p = js_arena_realloc(js::ArrayBufferContentsArena, data.get(), size)) {
        data.release();
        data.reset(static_cast<uint8_t*>(p));
      }
    }
    ab = JS::NewArrayBufferWithContents(cx, size, data.get());
    if (ab) data.release();
  }
  if (!ab) return false;
  args.rval().setObject(*ab);
  return true;
}

template <size_t N>
bool Swap(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  if (!BytesArg(cx, args, 0, &obj)) return false;
  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(obj, nogc);
  for (size_t i = 0; i + N <= b.size; i += N) std::reverse(b.data + i, b.data + i + N);
  args.rval().set(args[0]);
  return true;
}

// isUtf8(bytes) / isAscii(bytes): a boolean, or undefined for a detached
// ArrayBuffer (a view of one reads as empty, as in node).
template <bool (*Check)(const uint8_t*, size_t)>
bool Validate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  if (!BytesArg(cx, args, 0, &obj)) return false;
  if (JS::IsArrayBufferObject(obj) && JS::IsDetachedArrayBufferObject(obj)) {
    args.rval().setUndefined();
    return true;
  }
  JS::AutoCheckCannotGC nogc;
  Bytes b = GetBytes(obj, nogc);
  args.rval().setBoolean(Check(b.data, b.size));
  return true;
}

bool IsAscii(const uint8_t* p, size_t n) { return FirstNonAscii(p, n) == n; }

const JSFunctionSpec kMethods[] = {
    JS_FN("byteLengthUtf8", ByteLengthUtf8, 1, 0),
    JS_FN("toString", ToString, 4, 0),
    JS_FN("write", Write, 5, 0),
    JS_FN("fromString", FromString, 2, 0),
    JS_FN("encodeSmall", EncodeSmall, 2, 0),
    JS_FN("takeSmall", TakeSmall, 1, 0),
    JS_FN("createUnsafeArrayBuffer", CreateUnsafeArrayBuffer, 1, 0),
    JS_FN("fill", Fill, 5, 0),
    JS_FN("indexOfString", IndexOfString, 5, 0),
    JS_FN("indexOfBuffer", IndexOfBuffer, 5, 0),
    JS_FN("indexOfNumber", IndexOfNumber, 4, 0),
    JS_FN("compare", Compare, 2, 0),
    JS_FN("compareOffset", CompareOffset, 6, 0),
    JS_FN("copy", Copy, 5, 0),
    JS_FN("concat", Concat, 2, 0),
    JS_FN("swap16", Swap<2>, 1, 0),
    JS_FN("swap32", Swap<4>, 1, 0),
    JS_FN("swap64", Swap<8>, 1, 0),
    JS_FN("isUtf8", Validate<IsUtf8>, 1, 0),
    JS_FN("isAscii", Validate<IsAscii>, 1, 0),
    JS_FS_END};

}  // namespace

bool InitBuffer(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  if (!SetNumber(cx, target, "kMaxLength", kMaxLength) ||
      !SetNumber(cx, target, "kStringMaxLength", JS::MaxStringLength)) {
    return false;
  }
  JS::RootedObject encodings(cx, JS_NewPlainObject(cx));
  if (!encodings) return false;
  static const struct {
    const char* name;
    Encoding id;
  } kNames[] = {{"utf8", kUtf8},   {"utf16le", kUcs2}, {"latin1", kLatin1},
                {"ascii", kAscii}, {"hex", kHex},      {"base64", kBase64},
                {"base64url", kBase64Url}};
  for (const auto& e : kNames) {
    if (!SetNumber(cx, encodings, e.name, e.id)) return false;
  }
  JS::RootedValue v(cx, JS::ObjectValue(*encodings));
  if (!JS_DefineProperty(cx, target, "encodings", v, JSPROP_ENUMERATE)) return false;
  JS::RootedObject arena(cx, JS_NewObject(cx, &kArenaClass));
  if (!arena) return false;
  v.setObject(*arena);
  return JS_DefineProperty(cx, target, "stringArena", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
