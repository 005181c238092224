// eddy: the `vm_script` binding behind node:vm.
//   compile(source, filename, lineOffset, columnOffset[, context]) -> script
//     handle: the source compiled as a global script in the current realm,
//     or in `context`'s (a global made by newContext); throws SyntaxError.
//   run(script[, context]) -> completion value, run in the realm the script
//     was compiled for; values and exceptions cross back wrapped.
//   newContext() -> a fresh global (new compartment, standard classes only),
//     as a wrapper seen from the caller.
//   isContextGlobal(value) -> whether value is (a wrapper of) such a global.
// Sources are remembered for the uncaught-error arrow, as node shows
// `evalmachine.<anonymous>:1` lines.
#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/GlobalObject.h>
#include <js/PropertyAndElement.h>
#include <js/Realm.h>
#include <js/SourceText.h>
#include <js/Wrapper.h>
#include <jsfriendapi.h>

#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

// Slot 0: the JSScript (a private GC thing, traced with the slot).
const JSClass kScriptClass = {"VmScript", JSCLASS_HAS_RESERVED_SLOTS(1)};

const JSClass kContextGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS,
                                     &JS::DefaultGlobalClassOps};

// The global behind a context argument, or null when it is not one.
JSObject* ContextGlobal(JS::HandleValue v) {
  if (!v.isObject()) return nullptr;
  JSObject* obj = js::UncheckedUnwrap(&v.toObject());
  if (!obj || JS::GetClass(obj) != &kContextGlobalClass) return nullptr;
  return obj;
}

// After a call that failed inside another realm: the exception is wrapped
// for the caller's compartment.
bool RethrowWrapped(JSContext* cx) {
  JS::RootedValue exc(cx);
  if (!JS_GetPendingException(cx, &exc)) return false;
  JS_ClearPendingException(cx);
  if (!JS_WrapValue(cx, &exc)) return false;
  JS_SetPendingException(cx, exc);
  return false;
}

bool Compile(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string source, filename;
  if (!ToUtf8(cx, args.get(0), &source) || !ToUtf8(cx, args.get(1), &filename)) {
    return false;
  }
  int32_t line_offset = args.get(2).isInt32() ? args.get(2).toInt32() : 0;
  int32_t column_offset = args.get(3).isInt32() ? args.get(3).toInt32() : 0;
  JS::RootedObject global(cx, ContextGlobal(args.get(4)));
  Runtime::From(cx)->RememberSource(filename, source);
  JS::RootedObject holder(cx);
  {
    mozilla::Maybe<JSAutoRealm> ar;
    if (global) ar.emplace(cx, global);
    JS::CompileOptions opts(cx);
    opts.setFileAndLine(filename.c_str(), line_offset + 1);
    if (column_offset > 0) opts.setColumn(static_cast<unsigned>(column_offset));
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx, source.data(), source.size(), JS::SourceOwnership::Borrowed)) {
      return global ? RethrowWrapped(cx) : false;
    }
    JS::RootedScript script(cx, JS::Compile(cx, opts, text));
    if (!script) return global ? RethrowWrapped(cx) : false;
    holder = JS_NewObject(cx, &kScriptClass);
    if (!holder) return global ? RethrowWrapped(cx) : false;
    JS::SetReservedSlot(holder, 0, JS::PrivateGCThingValue(
                                       reinterpret_cast<js::gc::Cell*>(script.get())));
  }
  if (!JS_WrapObject(cx, &holder)) return false;
  args.rval().setObject(*holder);
  return true;
}

bool Run(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    JS_ReportErrorASCII(cx, "run: not a compiled script");
    return false;
  }
  JS::RootedObject holder(cx, js::UncheckedUnwrap(&args[0].toObject()));
  if (!holder || JS::GetClass(holder) != &kScriptClass) {
    JS_ReportErrorASCII(cx, "run: not a compiled script");
    return false;
  }
  JS::RootedScript script(
      cx, reinterpret_cast<JSScript*>(JS::GetReservedSlot(holder, 0).toGCThing()));
  bool foreign = JS::GetCompartment(holder) != js::GetContextCompartment(cx);
  if (!foreign) return JS_ExecuteScript(cx, script, args.rval());
  bool ok;
  {
    JSAutoRealm ar(cx, holder);
    ok = JS_ExecuteScript(cx, script, args.rval());
  }
  if (!ok) return RethrowWrapped(cx);
  return JS_WrapValue(cx, args.rval());
}

bool NewContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RealmOptions options;
  options.creationOptions()
      .setNewCompartmentAndZone()
      .setWeakRefsEnabled(JS::WeakRefSpecifier::EnabledWithoutCleanupSome)
      .setSharedMemoryAndAtomicsEnabled(true)
      .setPropertyErrorMessageFixEnabled(true)
      .setIteratorHelpersEnabled(false);
  JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kContextGlobalClass, nullptr,
                                                 JS::FireOnNewGlobalHook, options));
  if (!global) return false;
  {
    JSAutoRealm ar(cx, global);
    if (!JS::InitRealmStandardClasses(cx)) return RethrowWrapped(cx);
  }
  if (!JS_WrapObject(cx, &global)) return false;
  args.rval().setObject(*global);
  return true;
}

bool IsContextGlobal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(ContextGlobal(args.get(0)) != nullptr);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("compile", Compile, 5, 0),
    JS_FN("run", Run, 1, 0),
    JS_FN("newContext", NewContext, 0, 0),
    JS_FN("isContextGlobal", IsContextGlobal, 1, 0), JS_FS_END};

}  // namespace

bool InitVmScript(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
