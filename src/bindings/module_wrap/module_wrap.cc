// eddy: the `module_wrap` binding (node's src/module_wrap.cc): ES module
// records on SpiderMonkey's module API. lib/internal/modules/esm/ owns
// resolution, loading and the module map; C++ compiles, links, evaluates and
// forwards the engine's three hooks to lib/:
//   resolve(referrerUrl, specifier) -> module record  (synchronous: the engine
//                                      calls it while linking)
//   importMeta(meta, url)                            (fills import.meta)
//   importDynamic(referrerUrl, specifier) -> promise (import(); settles the
//                                      engine's promise with its namespace)
// A module's private value is its URL string; a CommonJS wrapper's script
// private is its file path, so import() inside CommonJS resolves against it.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/Modules.h>
#include <js/PropertyAndElement.h>
#include <js/Promise.h>
#include <js/SourceText.h>

#include <string>

#include "bindings/registry.h"
#include "engine/cjs_lexer.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

JSObject* ResolveHook(JSContext* cx, JS::HandleValue referencing_private,
                      JS::HandleObject module_request) {
  Runtime* rt = Runtime::From(cx);
  JS::RootedValue fn(cx, JS::ObjectOrNullValue(rt->module_hook(Runtime::kResolveHook)));
  if (!fn.isObject()) {
    JS_ReportErrorUTF8(cx, "ES modules are not set up");
    return nullptr;
  }
  JS::RootedString spec(cx, JS::GetModuleRequestSpecifier(cx, module_request));
  if (!spec) return nullptr;
  JS::RootedValueArray<2> args(cx);
  args[0].set(referencing_private);
  args[1].setString(spec);
  JS::RootedValue rv(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, fn, args, &rv)) return nullptr;
  if (!rv.isObject()) {
    JS_ReportErrorUTF8(cx, "module resolution did not produce a module");
    return nullptr;
  }
  return &rv.toObject();
}

bool MetadataHook(JSContext* cx, JS::HandleValue private_value,
                  JS::HandleObject meta) {
  Runtime* rt = Runtime::From(cx);
  JS::RootedValue fn(cx, JS::ObjectOrNullValue(rt->module_hook(Runtime::kImportMetaHook)));
  if (!fn.isObject()) return true;
  JS::RootedValueArray<2> args(cx);
  args[0].setObject(*meta);
  args[1].set(private_value);
  JS::RootedValue rv(cx);
  return JS::Call(cx, JS::UndefinedHandleValue, fn, args, &rv);
}

// import(): lib/ loads, links and evaluates asynchronously and returns a
// promise for the namespace; the engine's promise adopts it.
bool DynamicImportHook(JSContext* cx, JS::HandleValue referencing_private,
                       JS::HandleObject module_request, JS::HandleObject promise) {
  Runtime* rt = Runtime::From(cx);
  JS::RootedValue fn(cx, JS::ObjectOrNullValue(rt->module_hook(Runtime::kDynamicImportHook)));
  JS::RootedString spec(cx, JS::GetModuleRequestSpecifier(cx, module_request));
  if (!spec || !fn.isObject()) return false;
  JS::RootedValueArray<2> args(cx);
  args[0].set(referencing_private);
  args[1].setString(spec);
  JS::RootedValue rv(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, fn, args, &rv)) {
    JS::RootedValue exc(cx);
    if (!JS_GetPendingException(cx, &exc)) return false;
    JS_ClearPendingException(cx);
    return JS::RejectPromise(cx, promise, exc);
  }
  return JS::ResolvePromise(cx, promise, rv);
}

bool Setup(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime* rt = Runtime::From(cx);
  for (int i = 0; i < Runtime::kModuleHookCount; i++) {
    if (!args.get(i).isObject()) return false;
    rt->set_module_hook(static_cast<Runtime::ModuleHook>(i), &args[i].toObject());
  }
  JSRuntime* jsrt = JS_GetRuntime(cx);
  JS::SetModuleResolveHook(jsrt, ResolveHook);
  JS::SetModuleMetadataHook(jsrt, MetadataHook);
  JS::SetModuleDynamicImportHook(jsrt, DynamicImportHook);
  args.rval().setUndefined();
  return true;
}

// compileModule(source, url) -> module record.
bool CompileModule(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString source(cx, JS::ToString(cx, args.get(0)));
  JS::RootedString url(cx, JS::ToString(cx, args.get(1)));
  std::string url8;
  if (!source || !url || !StringToUtf8(cx, url, &url8)) return false;
  std::u16string text;
  if (!StringToUtf16(cx, source, &text)) return false;
  size_t len = text.size();
  JS::CompileOptions opts(cx);
  opts.setFileAndLine(url8.c_str(), 1);
  JS::SourceText<char16_t> src;
  if (!src.init(cx, text.data(), len, JS::SourceOwnership::Borrowed)) return false;
  JS::RootedObject module(cx, JS::CompileModule(cx, opts, src));
  if (!module) return false;
  JS::SetModulePrivate(module, JS::StringValue(url));
  args.rval().setObject(*module);
  return true;
}

// hasTopLevelAwait(source): whether a module's text awaits at top level
// (compiled once more with top-level await off). require(esm) must refuse
// such graphs before evaluating anything, as node does.
bool HasTopLevelAwait(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString source(cx, JS::ToString(cx, args.get(0)));
  if (!source) return false;
  std::u16string text;
  if (!StringToUtf16(cx, source, &text)) return false;
  size_t len = text.size();
  JS::CompileOptions opts(cx);
  opts.setFileAndLine("tla-check", 1);
  opts.topLevelAwait = false;
  JS::SourceText<char16_t> src;
  if (!src.init(cx, text.data(), len, JS::SourceOwnership::Borrowed)) return false;
  JS::RootedObject module(cx, JS::CompileModule(cx, opts, src));
  bool has_tla = false;
  if (!module) {
    JS::RootedValue exc(cx);
    if (JS_GetPendingException(cx, &exc)) {
      JS_ClearPendingException(cx);
      std::string message;
      JS::RootedValue msg(cx);
      if (exc.isObject()) {
        JS::RootedObject e(cx, &exc.toObject());
        if (JS_GetProperty(cx, e, "message", &msg) && msg.isString() &&
            StringToUtf8(cx, msg.toString(), &message)) {
          has_tla = message.find("await") != std::string::npos;
        }
      }
      JS_ClearPendingException(cx);
    }
  }
  args.rval().setBoolean(has_tla);
  return true;
}

bool Instantiate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  JS::RootedObject module(cx, &args[0].toObject());
  args.rval().setUndefined();
  return JS::ModuleInstantiate(cx, module);
}

// evaluate(module) -> the evaluation promise (settled at once without TLA;
// already rejected when the body threw synchronously).
bool Evaluate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  JS::RootedObject module(cx, &args[0].toObject());
  return JS::ModuleEvaluate(cx, module, args.rval());
}

bool GetNamespace(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  JS::RootedObject module(cx, &args[0].toObject());
  JSObject* ns = JS::GetModuleNamespace(cx, module);
  if (!ns) return false;
  args.rval().setObject(*ns);
  return true;
}

// requestedModules(module) -> [specifier, ...] of its static imports.
bool RequestedModules(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  JS::RootedObject module(cx, &args[0].toObject());
  JS::RootedObject requests(cx, JS::GetRequestedModules(cx, module));
  if (!requests) return false;
  uint32_t len = 0;
  if (!JS::GetArrayLength(cx, requests, &len)) return false;
  JS::RootedObject out(cx, JS::NewArrayObject(cx, len));
  if (!out) return false;
  JS::RootedValue req(cx);
  for (uint32_t i = 0; i < len; i++) {
    if (!JS_GetElement(cx, requests, i, &req)) return false;
    JS::RootedString spec(cx, JS::GetRequestedModuleSpecifier(cx, req));
    if (!spec || !JS_SetElement(cx, out, i, spec)) return false;
  }
  args.rval().setObject(*out);
  return true;
}

// promiseState(p) -> 0 pending, 1 fulfilled, 2 rejected; marks a rejected
// promise handled when `markHandled` is true.
bool PromiseState(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject p(cx, args.get(0).isObject() ? &args[0].toObject() : nullptr);
  if (!p || !JS::IsPromiseObject(p)) {
    args.rval().setInt32(-1);
    return true;
  }
  JS::PromiseState s = JS::GetPromiseState(p);
  args.rval().setInt32(s == JS::PromiseState::Pending ? 0
                       : s == JS::PromiseState::Fulfilled ? 1 : 2);
  return true;
}

// setMainPromise(p): the main ES module's evaluation; still pending when the
// loop ends means an unsettled top-level await (exit code 13).
bool SetMainPromise(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  Runtime::From(cx)->set_main_module_promise(&args[0].toObject());
  args.rval().setUndefined();
  return true;
}

// cjsExports(source) -> [exports[], reexports[]] by static analysis (the
// names `import { x } from './file.cjs'` can see), or undefined when the
// source cannot be lexed (then only the default export exists).
bool LexExports(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedString source(cx, JS::ToString(cx, args.get(0)));
  if (!source) return false;
  std::u16string text;
  if (!StringToUtf16(cx, source, &text)) return false;
  CjsExports found;
  if (!LexCjsExports(text, &found)) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedValueArray<2> lists(cx);
  const std::vector<std::string>* parts[2] = {&found.exports, &found.reexports};
  for (int k = 0; k < 2; k++) {
    JS::RootedObject arr(cx, JS::NewArrayObject(cx, parts[k]->size()));
    if (!arr) return false;
    for (size_t i = 0; i < parts[k]->size(); i++) {
      JS::RootedString s(cx, NewStringUtf8(cx, (*parts[k])[i]));
      if (!s || !JS_SetElement(cx, arr, static_cast<uint32_t>(i), s)) return false;
    }
    lists[k].setObject(*arr);
  }
  JSObject* out = JS::NewArrayObject(cx, lists);
  if (!out) return false;
  args.rval().setObject(*out);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("cjsExports", LexExports, 1, 0),
    JS_FN("setup", Setup, 3, 0),
    JS_FN("compileModule", CompileModule, 2, 0),
    JS_FN("instantiate", Instantiate, 1, 0),
    JS_FN("hasTopLevelAwait", HasTopLevelAwait, 1, 0),
    JS_FN("evaluate", Evaluate, 1, 0),
    JS_FN("getNamespace", GetNamespace, 1, 0),
    JS_FN("requestedModules", RequestedModules, 1, 0),
    JS_FN("promiseState", PromiseState, 1, 0),
    JS_FN("setMainPromise", SetMainPromise, 1, 0),
    JS_FS_END};

}  // namespace

bool InitModuleWrap(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
