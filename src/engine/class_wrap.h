// eddy: helpers for JS classes backed by C++ objects. The native pointer lives
// in reserved slot 0 (mozjs-102 has no private slot); Unwrap type-checks the
// JSClass and tolerates the empty prototype instance JS_InitClass creates.
#ifndef EDDY_ENGINE_CLASS_WRAP_H_
#define EDDY_ENGINE_CLASS_WRAP_H_

#include <jsapi.h>
#include <js/Object.h>

namespace eddy {

constexpr uint32_t kNativeSlot = 0;

template <typename T>
T* UnwrapObject(JSObject* obj, const JSClass* cls) {
  if (!obj || JS::GetClass(obj) != cls) return nullptr;
  return JS::GetMaybePtrFromReservedSlot<T>(obj, kNativeSlot);
}

template <typename T>
T* UnwrapThis(JSContext* cx, const JS::CallArgs& args, const JSClass* cls) {
  if (!args.thisv().isObject()) return nullptr;
  return UnwrapObject<T>(&args.thisv().toObject(), cls);
}

inline void SetNative(JSObject* obj, void* ptr) {
  JS::SetReservedSlot(obj, kNativeSlot,
                      ptr ? JS::PrivateValue(ptr) : JS::UndefinedValue());
}

}  // namespace eddy

#endif  // EDDY_ENGINE_CLASS_WRAP_H_
