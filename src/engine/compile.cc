// eddy: compiling wrapped functions (see compile.h).
#include "engine/compile.h"

#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/SourceText.h>

#include <string>

#include "engine/builtin_sources.h"
#include "engine/convert.h"

#include <js/ScriptPrivate.h>
#include "engine/self_hosted_cache.h"

#include <js/Transcoding.h>
#include <js/experimental/JSStencil.h>

namespace eddy {

namespace {

const char* const kBuiltinParams[] = {"exports", "require", "module", "process",
                                      "internalBinding"};

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

std::string BuiltinWrapperSource(const char* data, size_t length) {
  std::string s = "(function (";
  for (unsigned i = 0; i < 5; i++) {
    if (i) s += ", ";
    s += kBuiltinParams[i];
  }
  s += ") {\n";
  s.append(data, length);
  s += "\n})";
  return s;
}

namespace {

// Runs a global script whose completion value is the module function.
bool RunWrapperScript(JSContext* cx, JS::HandleScript script,
                      JS::MutableHandleObject fn) {
  JS::RootedValue rv(cx);
  if (!JS_ExecuteScript(cx, script, &rv)) return false;
  if (!rv.isObject()) {
    JS_ReportErrorUTF8(cx, "built-in wrapper did not produce a function");
    return false;
  }
  fn.set(&rv.toObject());
  return true;
}

}  // namespace

namespace {

// Training state (build time only): the scripts compiled for incremental
// encoding, by module id. Rooted until FinishStencilTraining.
struct TrainedScript {
  std::string id;
  JS::PersistentRootedScript* script;
};
bool g_training = false;
std::vector<TrainedScript>* g_trained = nullptr;

bool CompileForTraining(JSContext* cx, const BuiltinSource* src,
                        const std::string& filename, JS::MutableHandleObject fn) {
  std::string wrapped = BuiltinWrapperSource(src->data, src->length);
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(filename.c_str(), 0);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, wrapped.data(), wrapped.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  RefPtr<JS::Stencil> stencil = JS::CompileGlobalScriptToStencil(cx, opts, text);
  if (!stencil) return false;
  JS::InstantiateOptions inst(opts);
  JS::RootedScript script(cx, JS::InstantiateGlobalStencil(cx, inst, stencil));
  if (!script) return false;
  if (!JS::StartIncrementalEncoding(cx, std::move(stencil))) return false;
  g_trained->push_back({src->id, new JS::PersistentRootedScript(cx, script)});
  return RunWrapperScript(cx, script, fn);
}

}  // namespace

void EnableStencilTraining() {
  g_training = true;
  if (!g_trained) g_trained = new std::vector<TrainedScript>();
}

bool FinishStencilTraining(
    JSContext* cx, std::vector<std::pair<std::string, std::vector<uint8_t>>>* out) {
  if (!g_trained) return true;
  bool ok = true;
  for (TrainedScript& t : *g_trained) {
    JS::TranscodeBuffer buffer;
    JS::RootedScript script(cx, *t.script);
    if (JS::FinishIncrementalEncoding(cx, script, buffer)) {
      out->emplace_back(t.id, std::vector<uint8_t>(buffer.begin(), buffer.end()));
    } else {
      JS_ClearPendingException(cx);
      ok = false;
    }
    delete t.script;
  }
  g_trained->clear();
  g_training = false;
  return ok;
}

bool CompileBuiltin(JSContext* cx, const char* id, JS::MutableHandleObject fn) {
  const BuiltinSource* src = FindBuiltinSource(id);
  if (!src) {
    JS_ReportErrorUTF8(cx, "No such built-in module: %s", id);
    return false;
  }
  std::string filename = std::string("node:") + id;
  if (g_training) return CompileForTraining(cx, src, filename, fn);
  size_t index = static_cast<size_t>(src - kBuiltinSources);
  if (index < kBuiltinStencilCount && kBuiltinStencils[index].length > 0) {
    JS::DecodeOptions decode;
    decode.borrowBuffer = true;
    JS::TranscodeRange range(kBuiltinStencils[index].data,
                             kBuiltinStencils[index].length);
    JS::Stencil* stencil = nullptr;
    if (JS::DecodeStencil(cx, decode, range, &stencil) ==
            JS::TranscodeResult::Ok && stencil) {
      JS::CompileOptions opts(cx);
      opts.setFileAndLine(filename.c_str(), 0);
      JS::InstantiateOptions inst(opts);
      JS::RootedScript script(cx, JS::InstantiateGlobalStencil(cx, inst, stencil));
      JS::StencilRelease(stencil);
      if (!script) return false;
      return RunWrapperScript(cx, script, fn);
    }
    // A stale stencil (engine updated under us): compile from source.
    JS_ClearPendingException(cx);
  }
  std::string wrapped = BuiltinWrapperSource(src->data, src->length);
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(filename.c_str(), 0);
  JS::SourceText<mozilla::Utf8Unit> text;
  if (!text.init(cx, wrapped.data(), wrapped.size(),
                 JS::SourceOwnership::Borrowed)) {
    return false;
  }
  JS::RootedScript script(cx, JS::Compile(cx, opts, text));
  if (!script) return false;
  return RunWrapperScript(cx, script, fn);
}

bool CompileFunctionBody(JSContext* cx, const std::string& filename,
                         JS::HandleString source, const char* const* params,
                         unsigned nparams, bool cjs_wrapper,
                         JS::MutableHandleObject fn) {
  std::u16string text;
  if (!StringToUtf16(cx, source, &text)) return false;
  size_t len = text.size();
  if (len >= 2 && text[0] == u'#' && text[1] == u'!') {
    text[0] = u'/';
    text[1] = u'/';
  }
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(filename.c_str(), 0);
  JS::SourceText<char16_t> src;
  if (!src.init(cx, text.data(), len, JS::SourceOwnership::Borrowed)) return false;
  JS::RootedObjectVector env(cx);
  JSFunction* f = JS::CompileFunction(cx, env, opts,
                                      cjs_wrapper ? kCjsWrapperName : nullptr,
                                      nparams, params, src);
  if (!f) return false;
  // import() inside the module resolves against its file.
  JS::RootedFunction rf(cx, f);
  JSScript* script = JS_GetFunctionScript(cx, rf);
  if (!script) return false;
  JSString* path = NewStringUtf8(cx, filename);
  if (!path) return false;
  JS::SetScriptPrivate(script, JS::StringValue(path));
  fn.set(JS_GetFunctionObject(f));
  return true;
}

}  // namespace eddy
