// eddy: the `contextify` binding: compiling user code. compileFunction makes
// CommonJS wrappers with exact line/column numbers; runScript evaluates global
// code (-e, -p, stdin) and returns its completion value.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/PropertyAndElement.h>
#include <js/ScriptPrivate.h>
#include <js/SourceText.h>

#include <string>
#include <vector>

#include "bindings/registry.h"
#include "engine/compile.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

// compileFunction(source, filename, params[], isCjsWrapper)
bool CompileFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string filename;
  JS::RootedString source(cx, JS::ToString(cx, args.get(0)));
  if (!source || !ToUtf8(cx, args.get(1), &filename)) return false;
  std::vector<std::string> names;
  if (args.get(2).isObject()) {
    JS::RootedObject arr(cx, &args.get(2).toObject());
    uint32_t len = 0;
    if (!JS::GetArrayLength(cx, arr, &len)) return false;
    JS::RootedValue el(cx);
    for (uint32_t i = 0; i < len; i++) {
      std::string s;
      if (!JS_GetElement(cx, arr, i, &el) || !ToUtf8(cx, el, &s)) return false;
      names.push_back(std::move(s));
    }
  }
  std::vector<const char*> params;
  for (auto& s : names) params.push_back(s.c_str());
  JS::RootedObject fn(cx);
  if (!CompileFunctionBody(cx, filename, source, params.data(),
                           static_cast<unsigned>(params.size()),
                           JS::ToBoolean(args.get(3)), &fn)) {
    return false;
  }
  args.rval().setObject(*fn);
  return true;
}

// runScript(source, filename, referrer): global code; the source is
// remembered for the uncaught-error arrow; `referrer` (a path) is what
// import() in it resolves against.
bool RunScript(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string source, filename;
  if (!ToUtf8(cx, args.get(0), &source) || !ToUtf8(cx, args.get(1), &filename)) {
    return false;
  }
  Runtime::From(cx)->RememberSource(filename, source);
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(filename.c_str(), 1);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, source.data(), source.size(), JS::SourceOwnership::Borrowed)) {
    return false;
  }
  JS::RootedScript script(cx, JS::Compile(cx, opts, text));
  if (!script) return false;
  // import() in -e / stdin code resolves against the working directory.
  JS::RootedValue priv(cx, args.get(2));
  if (priv.isString()) JS::SetScriptPrivate(script, priv);
  return JS_ExecuteScript(cx, script, args.rval());
}

const JSFunctionSpec kMethods[] = {
    JS_FN("compileFunction", CompileFunction, 4, 0),
    JS_FN("runScript", RunScript, 3, 0), JS_FS_END};

}  // namespace

bool InitContextify(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
