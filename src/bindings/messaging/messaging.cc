// eddy: the `messaging` binding: structuredClone over the engine's structured
// clone (same-process scope), extended the way V8's serializer is:
// - Error objects clone (SpiderMonkey 102 cannot): the prototype chosen by
//   `name` among the standard error types, own `message`, `stack` and `cause`.
//   The cause is serialized as a nested clone, so it cannot share identity
//   with the rest of the graph (V8 keeps it); nesting stops at kMaxDepth.
// - URL objects (C++ objects here, a JS class in node) clone as node's do: a
//   plain object of their own enumerable properties.
// - Uncloneable values throw what lib/ makes of them (a DataCloneError
//   DOMException with V8's message).
#include <js/PropertyAndElement.h>
#include <js/PropertyDescriptor.h>
#include <js/StructuredClone.h>
#include <js/Class.h>
#include <js/Conversions.h>
#include <jsfriendapi.h>
#include <js/friend/ErrorMessages.h>

#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

constexpr uint32_t kErrorTag = JS_SCTAG_USER_MIN + 1;
constexpr uint32_t kPlainTag = JS_SCTAG_USER_MIN + 2;
constexpr int kMaxDepth = 64;
const char* const kErrorNames[] = {"Error",          "EvalError",  "RangeError",
                                   "ReferenceError", "SyntaxError", "TypeError",
                                   "URIError"};
constexpr uint32_t kHasMessage = 1 << 8;
constexpr uint32_t kHasStack = 1 << 9;
constexpr uint32_t kHasCause = 1 << 10;

// `hooks` (from lib/internal/structured_clone): onUncloneable(value) returns
// the error to throw; makeError(name, message, stack, cause, flags) builds a
// cloned error; asPlain(value) returns the plain object to clone in place of
// `value`, or undefined.
struct Closure {
  JS::HandleObject hooks;
  int depth;
};

bool WriteOp(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj,
             bool* same_process, void* closure);
JSObject* ReadOp(JSContext* cx, JSStructuredCloneReader* r,
                 const JS::CloneDataPolicy& policy, uint32_t tag, uint32_t data,
                 void* closure);
void ReportOp(JSContext* cx, uint32_t errorid, void* closure, const char* msg);

const JSStructuredCloneCallbacks kCallbacks = {ReadOp, WriteOp, ReportOp,
                                               nullptr, nullptr, nullptr,
                                               nullptr, nullptr};

JS::CloneDataPolicy Policy() {
  JS::CloneDataPolicy policy;
  policy.allowSharedMemoryObjects();
  policy.allowIntraClusterClonableSharedObjects();
  return policy;
}

// Throws hooks.onUncloneable(value).
bool ThrowUncloneable(JSContext* cx, JS::HandleObject hooks,
                      JS::HandleValue value) {
  JS::RootedValue err(cx);
  JS::RootedValueArray<1> argv(cx);
  argv[0].set(value);
  if (!JS_CallFunctionName(cx, hooks, "onUncloneable", argv, &err)) return false;
  JS_SetPendingException(cx, err);
  return false;
}

bool WriteString(JSStructuredCloneWriter* w, JSContext* cx,
                 JS::HandleValue v) {
  JS::RootedString s(cx, v.toString());
  return JS_WriteString(w, s);
}

// Writes `value` as a nested clone (size, then bytes) inside `w`; `owner` is
// reported as uncloneable when nesting gets too deep.
bool WriteNested(JSContext* cx, JSStructuredCloneWriter* w,
                 JS::HandleObject owner, JS::HandleValue value, Closure* c) {
  if (c->depth >= kMaxDepth) {
    JS::RootedValue v(cx, JS::ObjectValue(*owner));
    return ThrowUncloneable(cx, c->hooks, v);
  }
  Closure nested{c->hooks, c->depth + 1};
  JSAutoStructuredCloneBuffer buf(JS::StructuredCloneScope::SameProcess,
                                  &kCallbacks, &nested);
  if (!buf.write(cx, value, JS::UndefinedHandleValue, Policy())) return false;
  std::string bytes(buf.data().Size(), '\0');
  auto iter = buf.data().Start();
  if (!buf.data().ReadBytes(iter, bytes.data(), bytes.size())) return false;
  uint64_t size = bytes.size();
  return JS_WriteUint32Pair(w, uint32_t(size >> 32), uint32_t(size)) &&
         JS_WriteBytes(w, bytes.data(), bytes.size());
}

// Reads what WriteNested wrote.
bool ReadNested(JSContext* cx, JSStructuredCloneReader* r, Closure* c,
                JS::MutableHandleValue out) {
  uint32_t hi, lo;
  if (!JS_ReadUint32Pair(r, &hi, &lo)) return false;
  std::string bytes((uint64_t(hi) << 32) | lo, '\0');
  if (!JS_ReadBytes(r, bytes.data(), bytes.size())) return false;
  Closure nested{c->hooks, c->depth + 1};
  JSAutoStructuredCloneBuffer buf(JS::StructuredCloneScope::SameProcess,
                                  &kCallbacks, &nested);
  if (!buf.data().AppendBytes(bytes.data(), bytes.size())) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  return buf.read(cx, out, Policy());
}

bool WriteError(JSContext* cx, JSStructuredCloneWriter* w,
                JS::HandleObject obj, Closure* c) {
  uint32_t flags = 0;
  JS::RootedValue name(cx);
  if (!JS_GetProperty(cx, obj, "name", &name)) return false;
  if (name.isString()) {
    std::string n;
    if (!ToUtf8(cx, name, &n)) return false;
    for (uint32_t i = 0; i < std::size(kErrorNames); i++) {
      if (n == kErrorNames[i]) flags = i;
    }
  }
  JS::Rooted<mozilla::Maybe<JS::PropertyDescriptor>> desc(cx);
  JS::RootedValue message(cx);
  if (!JS_GetOwnPropertyDescriptor(cx, obj, "message", &desc)) return false;
  if (desc.isSome() && desc->isDataDescriptor()) {
    JS::RootedValue raw(cx, desc->value());
    JS::RootedString s(cx, JS::ToString(cx, raw));
    if (!s) return false;
    message.setString(s);
    flags |= kHasMessage;
  }
  JS::RootedValue stack(cx);
  if (!JS_GetProperty(cx, obj, "stack", &stack)) return false;
  if (stack.isString()) flags |= kHasStack;
  JS::RootedValue cause(cx);
  if (!JS_GetOwnPropertyDescriptor(cx, obj, "cause", &desc)) return false;
  if (desc.isSome() && desc->isDataDescriptor()) {
    cause.set(desc->value());
    flags |= kHasCause;
  }
  if (!JS_WriteUint32Pair(w, kErrorTag, flags)) return false;
  if ((flags & kHasMessage) && !WriteString(w, cx, message)) return false;
  if ((flags & kHasStack) && !WriteString(w, cx, stack)) return false;
  if (flags & kHasCause) return WriteNested(cx, w, obj, cause, c);
  return true;
}

bool WriteOp(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj,
             bool* same_process, void* closure) {
  Closure* c = static_cast<Closure*>(closure);
  js::ESClass cls;
  if (!JS::GetBuiltinClass(cx, obj, &cls)) return false;
  if (cls == js::ESClass::Error) return WriteError(cx, w, obj, c);
  JS::RootedValue v(cx, JS::ObjectValue(*obj));
  // Objects built in C++ here whose node counterparts are plain JS classes
  // (URL) clone as node clones those: a plain object of their own
  // enumerable properties, which lib/ makes.
  JS::RootedValue plain(cx);
  JS::RootedValueArray<1> argv(cx);
  argv[0].set(v);
  if (!JS_CallFunctionName(cx, c->hooks, "asPlain", argv, &plain)) return false;
  if (plain.isObject()) {
    return JS_WriteUint32Pair(w, kPlainTag, 0) &&
           WriteNested(cx, w, obj, plain, c);
  }
  return ThrowUncloneable(cx, c->hooks, v);
}

JSObject* ReadOp(JSContext* cx, JSStructuredCloneReader* r,
                 const JS::CloneDataPolicy& policy, uint32_t tag, uint32_t data,
                 void* closure) {
  Closure* c = static_cast<Closure*>(closure);
  if (tag == kPlainTag) {
    JS::RootedValue plain(cx);
    if (!ReadNested(cx, r, c, &plain)) return nullptr;
    return plain.isObject() ? &plain.toObject() : nullptr;
  }
  if (tag != kErrorTag) {
    JS_ReportErrorASCII(cx, "structuredClone: unknown tag");
    return nullptr;
  }
  JS::RootedValueArray<5> argv(cx);
  argv[0].setString(JS_NewStringCopyZ(cx, kErrorNames[(data & 0xff) % 7]));
  JS::RootedString s(cx);
  if (data & kHasMessage) {
    if (!JS_ReadString(r, &s)) return nullptr;
    argv[1].setString(s);
  }
  if (data & kHasStack) {
    if (!JS_ReadString(r, &s)) return nullptr;
    argv[2].setString(s);
  }
  if ((data & kHasCause) && !ReadNested(cx, r, c, argv[3])) return nullptr;
  argv[4].setInt32(int32_t(data));
  JS::RootedValue out(cx);
  if (!JS_CallFunctionName(cx, c->hooks, "makeError", argv, &out)) {
    return nullptr;
  }
  return out.isObject() ? &out.toObject() : nullptr;
}

void ReportOp(JSContext* cx, uint32_t errorid, void* closure,
              const char* msg) {
  if (JS_IsExceptionPending(cx)) return;
  Closure* c = static_cast<Closure*>(closure);
  if (errorid == JS_SCERR_UNSUPPORTED_TYPE) {
    // Only primitives reach here (objects go to WriteOp): symbols.
    JS::RootedValue v(cx, JS::UndefinedValue());
    ThrowUncloneable(cx, c->hooks, v);
    return;
  }
  JS_ReportErrorASCII(cx, "%s", msg ? msg : "structured clone failed");
}

// structuredClone(value, transfer, hooks)
bool StructuredClone(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(2).isObject()) {
    JS_ReportErrorASCII(cx, "structuredClone: hooks object expected");
    return false;
  }
  JS::RootedObject hooks(cx, &args[2].toObject());
  Closure closure{hooks, 0};
  JSAutoStructuredCloneBuffer buf(JS::StructuredCloneScope::SameProcess,
                                  &kCallbacks, &closure);
  JS::RootedValue transfer(cx, args.get(1));
  if (!buf.write(cx, args.get(0), transfer, Policy())) return false;
  return buf.read(cx, args.rval(), Policy());
}

const JSFunctionSpec kMethods[] = {
    JS_FN("structuredClone", StructuredClone, 3, 0), JS_FS_END};

}  // namespace

bool InitMessaging(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
