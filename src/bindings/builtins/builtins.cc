// eddy: the `builtins` binding (node's builtins binding): compiles embedded
// lib/ modules by id for lib/internal/bootstrap/realm.js.
#include <js/Array.h>
#include <js/PropertyAndElement.h>

#include <string>

#include "bindings/registry.h"
#include "engine/builtin_sources.h"
#include "engine/compile.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

bool CompileFunction(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  JS::RootedObject fn(cx);
  if (!CompileBuiltin(cx, id.c_str(), &fn)) return false;
  args.rval().setObject(*fn);
  return true;
}

bool HasBuiltin(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  args.rval().setBoolean(FindBuiltinSource(id) != nullptr);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("compileFunction", CompileFunction, 1, 0),
    JS_FN("hasBuiltin", HasBuiltin, 1, 0), JS_FS_END};

}  // namespace

bool InitBuiltins(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  JS::RootedObject ids(cx, JS::NewArrayObject(cx, 0));
  if (!ids) return false;
  uint32_t n = 0;
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    JS::RootedString s(cx, JS_NewStringCopyZ(cx, kBuiltinSources[i].id));
    if (!s || !JS_SetElement(cx, ids, n++, s)) return false;
  }
  JS::RootedValue v(cx, JS::ObjectValue(*ids));
  return JS_DefineProperty(cx, target, "builtinIds", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
