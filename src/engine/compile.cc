// eddy: compiling wrapped functions (see compile.h).
#include "engine/compile.h"

#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/SourceText.h>

#include <string>

#include "engine/builtin_sources.h"

namespace eddy {

namespace {

const char* const kBuiltinParams[] = {"exports", "require", "module", "process",
                                      "internalBinding"};

bool CompileUtf8(JSContext* cx, const char* filename, const char* src,
                 size_t len, const char* const* params, unsigned nparams,
                 const char* name, JS::MutableHandleObject fn) {
  JS::CompileOptions opts(cx);
  // Line 0: SpiderMonkey places the body one line below the given line.
  opts.setFileAndLine(filename, 0);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, src, len, JS::SourceOwnership::Borrowed)) return false;
  JS::RootedObjectVector env(cx);
  JSFunction* f = JS::CompileFunction(cx, env, opts, name, nparams, params, text);
  if (!f) return false;
  fn.set(JS_GetFunctionObject(f));
  return true;
}

}  // namespace

const BuiltinSource* FindBuiltinSource(std::string_view id) {
  size_t lo = 0, hi = kBuiltinSourceCount;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = id.compare(kBuiltinSources[mid].id);
    if (c == 0) return &kBuiltinSources[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return nullptr;
}

bool CompileBuiltin(JSContext* cx, const char* id, JS::MutableHandleObject fn) {
  const BuiltinSource* src = FindBuiltinSource(id);
  if (!src) {
    JS_ReportErrorUTF8(cx, "No such built-in module: %s", id);
    return false;
  }
  std::string filename = std::string("node:") + id;
  return CompileUtf8(cx, filename.c_str(), src->data, src->length,
                     kBuiltinParams, 5, nullptr, fn);
}

bool CompileFunctionBody(JSContext* cx, const std::string& filename,
                         std::string* source, const char* const* params,
                         unsigned nparams, bool cjs_wrapper,
                         JS::MutableHandleObject fn) {
  if (source->size() >= 2 && (*source)[0] == '#' && (*source)[1] == '!') {
    (*source)[0] = '/';
    (*source)[1] = '/';
  }
  return CompileUtf8(cx, filename.c_str(), source->data(), source->size(),
                     params, nparams, cjs_wrapper ? kCjsWrapperName : nullptr,
                     fn);
}

}  // namespace eddy
