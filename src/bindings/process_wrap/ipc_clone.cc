// eddy: the bytes of child_process' 'advanced' IPC serialization:
// process_wrap.serialize(value, hooks[, reserve]) -> ArrayBuffer (with
// `reserve` zero bytes in front for the caller's header) and
// process_wrap.deserialize(uint8array, hooks) -> value, over the engine's
// structured clone in its different-process scope (node uses V8's
// serializer; eddy's bytes are for eddy peers only). Extended as node's
// ChildProcessSerializer is:
// - Error objects travel as their standard type (by `name`), message and
//   stack: hooks.makeError(nameIndex, message, stack, flags) rebuilds them.
// - Objects of native classes (handles and the like) travel as plain copies
//   of their own enumerable properties: hooks.plainCopy(obj).
// - Anything else the clone cannot take throws hooks.onUncloneable(value).
// Nested values of those two kinds are written as nested clones.
#include "bindings/process_wrap/ipc_clone.h"

#include <js/ArrayBuffer.h>
#include <js/Class.h>
#include <js/PropertyAndElement.h>
#include <js/StructuredClone.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>

#include <cstring>
#include <string>

#include "engine/convert.h"

namespace eddy::bindings::spawn {

namespace {

constexpr uint32_t kErrorTag = JS_SCTAG_USER_MIN + 0x100;
constexpr uint32_t kPlainTag = JS_SCTAG_USER_MIN + 0x101;
constexpr uint32_t kHasMessage = 1 << 8;
constexpr uint32_t kHasStack = 1 << 9;
constexpr int kMaxDepth = 64;
const char* const kErrorNames[] = {"Error",          "EvalError",  "RangeError",
                                   "ReferenceError", "SyntaxError", "TypeError",
                                   "URIError"};
constexpr JS::StructuredCloneScope kScope = JS::StructuredCloneScope::DifferentProcess;

struct Closure {
  JS::HandleObject hooks;
  int depth;
  // Reading: the size of the clone being read. A nested clone inside it
  // cannot be larger, whatever size its (untrusted) header claims.
  size_t limit = 0;
};

bool ReportBadData(JSContext* cx) {
  JS_ReportErrorASCII(cx, "Unable to deserialize cloned data.");
  return false;
}

bool WriteOp(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj,
             bool* same_process, void* closure);
JSObject* ReadOp(JSContext* cx, JSStructuredCloneReader* r,
                 const JS::CloneDataPolicy& policy, uint32_t tag, uint32_t data,
                 void* closure);

const JSStructuredCloneCallbacks kCallbacks = {ReadOp, WriteOp, nullptr, nullptr,
                                               nullptr, nullptr, nullptr, nullptr};

bool CallHook(JSContext* cx, JS::HandleObject hooks, const char* name,
              const JS::HandleValueArray& args, JS::MutableHandleValue rval) {
  return JS_CallFunctionName(cx, hooks, name, args, rval);
}

bool ThrowUncloneable(JSContext* cx, JS::HandleObject hooks, JS::HandleValue value) {
  JS::RootedValue err(cx);
  if (!CallHook(cx, hooks, "onUncloneable", JS::HandleValueArray(value), &err)) return false;
  JS_SetPendingException(cx, err);
  return false;
}

// Clones `value` into `out` (its bytes, concatenated).
bool WriteBytes(JSContext* cx, JS::HandleValue value, Closure* c, std::string* out) {
  JSStructuredCloneData data(kScope);
  JS::CloneDataPolicy policy;
  if (!JS_WriteStructuredClone(cx, value, &data, kScope, policy, &kCallbacks, c,
                               JS::UndefinedHandleValue)) {
    return false;
  }
  out->clear();
  out->reserve(data.Size());
  data.ForEachDataChunk([out](const char* p, size_t n) {
    out->append(p, n);
    return true;
  });
  return true;
}

bool ReadBytes(JSContext* cx, const char* bytes, size_t len, Closure* c,
               JS::MutableHandleValue out) {
  JSStructuredCloneData data(kScope);
  if (!data.AppendBytes(bytes, len)) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  JS::CloneDataPolicy policy;
  if (JS_ReadStructuredClone(cx, data, JS_STRUCTURED_CLONE_VERSION, kScope, out, policy,
                             &kCallbacks, c)) {
    return true;
  }
  // The engine's reader gives up on some malformed input without an
  // exception; the caller gets node's error instead of an uncatchable stop.
  if (!JS_IsExceptionPending(cx)) ReportBadData(cx);
  return false;
}

bool WriteNested(JSContext* cx, JSStructuredCloneWriter* w, uint32_t tag,
                 JS::HandleValue value, Closure* c) {
  if (c->depth >= kMaxDepth) return ThrowUncloneable(cx, c->hooks, value);
  Closure nested{c->hooks, c->depth + 1};
  std::string bytes;
  if (!WriteBytes(cx, value, &nested, &bytes)) return false;
  uint64_t size = bytes.size();
  return JS_WriteUint32Pair(w, tag, 0) &&
         JS_WriteUint32Pair(w, static_cast<uint32_t>(size >> 32),
                            static_cast<uint32_t>(size)) &&
         JS_WriteBytes(w, bytes.data(), bytes.size());
}

bool WriteError(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj) {
  uint32_t flags = 0;
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, obj, "name", &v)) return false;
  if (v.isString()) {
    std::string n;
    if (!ToUtf8(cx, v, &n)) return false;
    for (uint32_t i = 0; i < std::size(kErrorNames); i++) {
      if (n == kErrorNames[i]) flags = i;
    }
  }
  JS::RootedString message(cx), stack(cx);
  if (!JS_GetProperty(cx, obj, "message", &v)) return false;
  if (!v.isUndefined()) {
    message = JS::ToString(cx, v);
    if (!message) return false;
    flags |= kHasMessage;
  }
  if (!JS_GetProperty(cx, obj, "stack", &v)) return false;
  if (v.isString()) {
    stack = v.toString();
    flags |= kHasStack;
  }
  if (!JS_WriteUint32Pair(w, kErrorTag, flags)) return false;
  if ((flags & kHasMessage) && !JS_WriteString(w, message)) return false;
  if ((flags & kHasStack) && !JS_WriteString(w, stack)) return false;
  return true;
}

bool WriteOp(JSContext* cx, JSStructuredCloneWriter* w, JS::HandleObject obj,
             bool* same_process, void* closure) {
  auto* c = static_cast<Closure*>(closure);
  JS::RootedValue value(cx, JS::ObjectValue(*obj));
  js::ESClass cls;
  if (!JS::GetBuiltinClass(cx, obj, &cls)) return false;
  if (cls == js::ESClass::Error) return WriteError(cx, w, obj);
  if (cls == js::ESClass::Other && !JS::IsCallable(obj)) {
    JS::RootedValue copy(cx);
    if (!CallHook(cx, c->hooks, "plainCopy", JS::HandleValueArray(value), &copy)) {
      return false;
    }
    return WriteNested(cx, w, kPlainTag, copy, c);
  }
  return ThrowUncloneable(cx, c->hooks, value);
}

JSObject* ReadOp(JSContext* cx, JSStructuredCloneReader* r,
                 const JS::CloneDataPolicy& policy, uint32_t tag, uint32_t data,
                 void* closure) {
  auto* c = static_cast<Closure*>(closure);
  JS::RootedValue result(cx);
  if (tag == kErrorTag) {
    JS::RootedString message(cx), stack(cx);
    if ((data & kHasMessage) && !JS_ReadString(r, &message)) return nullptr;
    if ((data & kHasStack) && !JS_ReadString(r, &stack)) return nullptr;
    JS::RootedValueArray<4> argv(cx);
    argv[0].setInt32(static_cast<int32_t>(data & 0xff));
    if (message) argv[1].setString(message);
    if (stack) argv[2].setString(stack);
    argv[3].setInt32(static_cast<int32_t>(data));
    if (!CallHook(cx, c->hooks, "makeError", argv, &result)) return nullptr;
  } else if (tag == kPlainTag) {
    uint32_t hi = 0, lo = 0;
    if (!JS_ReadUint32Pair(r, &hi, &lo)) return nullptr;
    uint64_t size = (static_cast<uint64_t>(hi) << 32) | lo;
    if (size > c->limit || c->depth >= kMaxDepth) {
      ReportBadData(cx);
      return nullptr;
    }
    std::string bytes;
    bytes.resize(size);
    if (!JS_ReadBytes(r, bytes.data(), bytes.size())) return nullptr;
    Closure nested{c->hooks, c->depth + 1, bytes.size()};
    if (!ReadBytes(cx, bytes.data(), bytes.size(), &nested, &result)) return nullptr;
  } else {
    ReportBadData(cx);
    return nullptr;
  }
  if (!result.isObject()) {
    ReportBadData(cx);
    return nullptr;
  }
  return &result.toObject();
}

bool Serialize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(1).isObject()) return ThrowTypeError(cx, "serialize: hooks required");
  JS::RootedObject hooks(cx, &args[1].toObject());
  // Room for the caller's frame header in front of the bytes.
  uint32_t reserve = 0;
  if (args.get(2).isInt32() && args[2].toInt32() > 0 && args[2].toInt32() <= 64) {
    reserve = static_cast<uint32_t>(args[2].toInt32());
  }
  Closure c{hooks, 0};
  std::string bytes;
  if (!WriteBytes(cx, args.get(0), &c, &bytes)) return false;
  size_t total = reserve + bytes.size();
  void* mem = js_calloc(total ? total : 1);
  if (!mem) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  std::memcpy(static_cast<char*>(mem) + reserve, bytes.data(), bytes.size());
  JSObject* ab = JS::NewArrayBufferWithContents(cx, total, mem);
  if (!ab) {
    js_free(mem);
    return false;
  }
  args.rval().setObject(*ab);
  return true;
}

bool Deserialize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* view = args.get(0).isObject()
      ? js::UnwrapArrayBufferView(&args[0].toObject()) : nullptr;
  if (!view || !args.get(1).isObject()) {
    return ThrowTypeError(cx, "deserialize: a view and hooks are required");
  }
  JS::RootedObject hooks(cx, &args[1].toObject());
  std::string bytes;
  {
    bool shared = false;
    JS::AutoCheckCannotGC nogc;
    const char* p = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    bytes.assign(p ? p : "", JS_GetArrayBufferViewByteLength(view));
  }
  Closure c{hooks, 0, bytes.size()};
  return ReadBytes(cx, bytes.data(), bytes.size(), &c, args.rval());
}

const JSFunctionSpec kMethods[] = {JS_FN("serialize", Serialize, 3, 0),
                                   JS_FN("deserialize", Deserialize, 2, 0),
                                   JS_FS_END};

}  // namespace

bool DefineIpcClone(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings::spawn
