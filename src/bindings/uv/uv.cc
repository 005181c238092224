// eddy: the `uv` binding (node's src/uv.cc): libuv error names and messages.
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <uv.h>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

bool ErrName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : 0;
  if (err >= 0) {
    args.rval().setUndefined();
    return true;
  }
  char buf[64];
  JSString* s = JS_NewStringCopyZ(cx, uv_err_name_r(err, buf, sizeof buf));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool StrError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int err = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : 0;
  char buf[256];
  JSString* s = JS_NewStringCopyZ(cx, uv_strerror_r(err, buf, sizeof buf));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// getErrorMap() -> [[errno, name, message], ...]
bool GetErrorMap(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  uint32_t n = 0;
#define EDDY_UV_ENTRY(name, msg)                                        \
  {                                                                     \
    JS::RootedValueArray<3> e(cx);                                      \
    e[0].setInt32(UV_##name);                                           \
    e[1].setString(JS_NewStringCopyZ(cx, #name));                       \
    e[2].setString(JS_NewStringCopyZ(cx, msg));                         \
    JS::RootedObject entry(cx, JS::NewArrayObject(cx, e));              \
    if (!entry || !JS_SetElement(cx, arr, n++, entry)) return false;    \
  }
  UV_ERRNO_MAP(EDDY_UV_ENTRY)
#undef EDDY_UV_ENTRY
  args.rval().setObject(*arr);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("errname", ErrName, 1, 0),
    JS_FN("strerror", StrError, 1, 0),
    JS_FN("getErrorMap", GetErrorMap, 0, 0), JS_FS_END};

}  // namespace

bool InitUv(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
#define EDDY_UV_CONST(name, msg) \
  if (!SetNumber(cx, target, "UV_" #name, UV_##name)) return false;
  UV_ERRNO_MAP(EDDY_UV_CONST)
#undef EDDY_UV_CONST
  return true;
}

}  // namespace eddy::bindings
