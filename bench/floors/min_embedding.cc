// The smallest SpiderMonkey 102 embedding: a context, a global, one script,
// then idle. Its resident set is the floor under any runtime built on
// Debian's libmozjs-102 (eddy's idle HTTP server target is 12 MiB).
#include <jsapi.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Initialization.h>
#include <js/SourceText.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

namespace {

const JSClassOps kGlobalOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                               nullptr, nullptr, nullptr, nullptr,
                               JS_GlobalObjectTraceHook};
const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS, &kGlobalOps};

// "Rss:" of /proc/self/smaps_rollup, in KiB.
long RssKiB() {
  std::ifstream in("/proc/self/smaps_rollup");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, 4, "Rss:") == 0) return std::stol(line.substr(4));
  }
  return -1;
}

}  // namespace

int main() {
  if (!JS_Init()) return 1;
  JSContext* cx = JS_NewContext(JS::DefaultHeapMaxBytes);
  if (!cx || !JS::InitSelfHostedCode(cx)) return 1;
  {
    JS::RealmOptions options;
    JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr,
                                                   JS::FireOnNewGlobalHook, options));
    if (!global) return 1;
    JSAutoRealm ar(cx, global);
    if (!JS::InitRealmStandardClasses(cx)) return 1;
    const char* src = "let s = 0; for (let i = 0; i < 100000; i++) s += i; String(s)";
    JS::CompileOptions co(cx);
    co.setFileAndLine("floor.js", 1);
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx, src, std::strlen(src), JS::SourceOwnership::Borrowed)) return 1;
    JS::RootedValue rv(cx);
    if (!JS::Evaluate(cx, co, text, &rv)) return 1;
    std::printf("minimal SpiderMonkey 102 embedding, idle after one script: RSS %ld KiB\n",
                RssKiB());
  }
  JS_DestroyContext(cx);
  JS_ShutDown();
  return 0;
}
