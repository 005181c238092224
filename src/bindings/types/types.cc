// eddy: the `types` binding (node's src/node_types.cc): util.types checks that
// need the engine's view of an object. Checks that plain JS can do exactly
// (prototype-based function kinds, typed array kinds) live in lib/.
#include <js/ArrayBuffer.h>
#include <js/Class.h>
#include <js/Date.h>
#include <js/MapAndSet.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/Proxy.h>
#include <js/RegExp.h>
#include <js/SharedArrayBuffer.h>
#include <js/WeakMap.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>

#include <cstring>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

// The ESClass of an object seen through wrappers, or Other.
bool BuiltinClass(JSContext* cx, JS::HandleValue v, js::ESClass* cls) {
  *cls = js::ESClass::Other;
  if (!v.isObject()) return true;
  JS::RootedObject obj(cx, &v.toObject());
  if (js::IsScriptedProxy(obj)) return true;
  return JS::GetBuiltinClass(cx, obj, cls);
}

template <js::ESClass C>
bool IsClass(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  js::ESClass cls;
  if (!BuiltinClass(cx, args.get(0), &cls)) return false;
  args.rval().setBoolean(cls == C);
  return true;
}

bool ClassNameIs(JS::HandleValue v, const char* name) {
  if (!v.isObject()) return false;
  JSObject* obj = &v.toObject();
  if (js::IsProxy(obj)) return false;
  return std::strcmp(JS::GetClass(obj)->name, name) == 0;
}

#define EDDY_CLASS_NAME_CHECK(Fn, name)                         \
  bool Fn(JSContext* cx, unsigned argc, JS::Value* vp) {        \
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);           \
    args.rval().setBoolean(ClassNameIs(args.get(0), name));     \
    return true;                                                \
  }
EDDY_CLASS_NAME_CHECK(IsWeakSet, "WeakSet")
EDDY_CLASS_NAME_CHECK(IsWeakMap, "WeakMap")
EDDY_CLASS_NAME_CHECK(IsGeneratorObject, "Generator")
EDDY_CLASS_NAME_CHECK(IsAsyncGeneratorObject, "AsyncGenerator")
EDDY_CLASS_NAME_CHECK(IsModuleNamespaceObject, "Module")
EDDY_CLASS_NAME_CHECK(IsWeakRef, "WeakRef")
#undef EDDY_CLASS_NAME_CHECK

// eddy has no v8::External values.
bool IsExternal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(false);
  return true;
}

bool IsProxy(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         js::IsScriptedProxy(&args[0].toObject()));
  return true;
}

bool IsBoxedPrimitive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  js::ESClass cls;
  if (!BuiltinClass(cx, args.get(0), &cls)) return false;
  bool boxed = cls == js::ESClass::Number || cls == js::ESClass::String ||
               cls == js::ESClass::Boolean || cls == js::ESClass::BigInt ||
               ClassNameIs(args.get(0), "Symbol");
  args.rval().setBoolean(boxed);
  return true;
}

bool IsSymbolObject(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(ClassNameIs(args.get(0), "Symbol"));
  return true;
}

bool IsAnyArrayBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  js::ESClass cls;
  if (!BuiltinClass(cx, args.get(0), &cls)) return false;
  args.rval().setBoolean(cls == js::ESClass::ArrayBuffer ||
                         cls == js::ESClass::SharedArrayBuffer);
  return true;
}

bool IsDataView(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         JS_IsArrayBufferViewObject(&args[0].toObject()) &&
                         !JS_IsTypedArrayObject(&args[0].toObject()));
  return true;
}

bool IsTypedArray(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         JS_IsTypedArrayObject(&args[0].toObject()));
  return true;
}

bool IsArrayBufferView(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         JS_IsArrayBufferViewObject(&args[0].toObject()));
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("isExternal", IsExternal, 1, 0),
    JS_FN("isDate", IsClass<js::ESClass::Date>, 1, 0),
    JS_FN("isArgumentsObject", IsClass<js::ESClass::Arguments>, 1, 0),
    JS_FN("isBigIntObject", IsClass<js::ESClass::BigInt>, 1, 0),
    JS_FN("isBooleanObject", IsClass<js::ESClass::Boolean>, 1, 0),
    JS_FN("isNumberObject", IsClass<js::ESClass::Number>, 1, 0),
    JS_FN("isStringObject", IsClass<js::ESClass::String>, 1, 0),
    JS_FN("isSymbolObject", IsSymbolObject, 1, 0),
    JS_FN("isBoxedPrimitive", IsBoxedPrimitive, 1, 0),
    JS_FN("isNativeError", IsClass<js::ESClass::Error>, 1, 0),
    JS_FN("isRegExp", IsClass<js::ESClass::RegExp>, 1, 0),
    JS_FN("isGeneratorObject", IsGeneratorObject, 1, 0),
    JS_FN("isAsyncGeneratorObject", IsAsyncGeneratorObject, 1, 0),
    JS_FN("isPromise", IsClass<js::ESClass::Promise>, 1, 0),
    JS_FN("isMap", IsClass<js::ESClass::Map>, 1, 0),
    JS_FN("isSet", IsClass<js::ESClass::Set>, 1, 0),
    JS_FN("isMapIterator", IsClass<js::ESClass::MapIterator>, 1, 0),
    JS_FN("isSetIterator", IsClass<js::ESClass::SetIterator>, 1, 0),
    JS_FN("isWeakMap", IsWeakMap, 1, 0),
    JS_FN("isWeakSet", IsWeakSet, 1, 0),
    JS_FN("isWeakRef", IsWeakRef, 1, 0),
    JS_FN("isArrayBuffer", IsClass<js::ESClass::ArrayBuffer>, 1, 0),
    JS_FN("isSharedArrayBuffer", IsClass<js::ESClass::SharedArrayBuffer>, 1, 0),
    JS_FN("isAnyArrayBuffer", IsAnyArrayBuffer, 1, 0),
    JS_FN("isDataView", IsDataView, 1, 0),
    JS_FN("isTypedArray", IsTypedArray, 1, 0),
    JS_FN("isArrayBufferView", IsArrayBufferView, 1, 0),
    JS_FN("isModuleNamespaceObject", IsModuleNamespaceObject, 1, 0),
    JS_FN("isProxy", IsProxy, 1, 0),
    JS_FS_END};

}  // namespace

bool InitTypes(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
