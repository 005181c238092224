// eddy: the `message_port` binding, the loop side of MessagePort and
// BroadcastChannel (lib/internal/messaging.js). Everything runs on one thread,
// so messages are queued in JS; what the loop provides is node's delivery
// point and liveness:
// - `new PortBase()` makes the plain native object MessagePort instances are
//   built on (Reflect.construct with MessagePort as new.target), so that the
//   structured clone hands a port to lib/'s hooks instead of copying its
//   properties.
// - `new MessageAsync(deliver)` wraps a uv_async_t (a HandleWrap, unref'd at
//   start). send() wakes the loop; in the poll phase the callback calls
//   deliver.call(handle, first) in a fresh CallbackScope per call (so ticks
//   and promise jobs drain after each message, as in node) while it returns
//   true. close(cb)/ref/unref/hasRef come from HandleWrap.
#include <js/PropertyAndElement.h>
#include <uv.h>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"

namespace eddy::bindings {

namespace {

constexpr uint32_t kDeliverSlot = 1;

class MessageAsync final : public loop::HandleWrap {
 public:
  MessageAsync(Runtime* rt, JSObject* obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&async_)) {}

  // Returns false when uv_async_init failed; the wrapper has then left the
  // Runtime's list and the caller deletes it.
  bool Init() {
    if (uv_async_init(runtime()->loop(), &async_, OnAsync) != 0) {
      AbandonUninitialized();
      return false;
    }
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    return true;
  }

  uv_async_t async_;

 private:
  static void OnAsync(uv_async_t* handle) {
    auto* w = static_cast<MessageAsync*>(handle->data);
    Runtime* rt = w->runtime();
    JSContext* cx = rt->cx();
    bool first = true;
    // The wrapper is freed only by the close callback, which runs later in
    // the loop, so `w` stays valid while JS closes the handle in here.
    while (w->state() == kInitialized && rt->can_call_into_js()) {
      loop::CallbackScope scope(rt);
      JS::RootedObject obj(cx, w->object());
      JS::RootedValue fn(cx, JS::GetReservedSlot(obj, kDeliverSlot));
      if (!fn.isObject()) return;
      JS::RootedValue recv(cx, JS::ObjectValue(*obj));
      JS::RootedValue arg(cx, JS::BooleanValue(first));
      JS::RootedValue rv(cx);
      first = false;
      if (!rt->CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv)) return;
      if (!rv.isTrue()) return;
    }
  }
};

const JSClassOps kAsyncOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                              nullptr, loop::HandleWrap::Finalize, nullptr,
                              nullptr, nullptr};
const JSClass kAsyncClass = {
    "MessageAsync", JSCLASS_HAS_RESERVED_SLOTS(2) | JSCLASS_FOREGROUND_FINALIZE,
    &kAsyncOps};

const JSClass kPortBaseClass = {"PortBase", 0, nullptr};

bool NewAsync(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor MessageAsync cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kAsyncClass, args));
  if (!obj) return false;
  JS::SetReservedSlot(obj, kDeliverSlot, args.get(0).isObject()
                                             ? args[0]
                                             : JS::UndefinedValue());
  auto* w = new MessageAsync(Runtime::From(cx), obj);
  if (!w->Init()) {
    delete w;
    JS_ReportErrorASCII(cx, "MessageAsync: uv_async_init failed");
    return false;
  }
  args.rval().setObject(*obj);
  return true;
}

bool NewPortBase(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor PortBase cannot be invoked without 'new'");
    return false;
  }
  JSObject* obj = JS_NewObjectForConstructor(cx, &kPortBaseClass, args);
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

// send(): wakes the loop; the callback runs in its poll phase.
bool Send(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!args.thisv().isObject()) return true;
  auto* w = UnwrapObject<MessageAsync>(&args.thisv().toObject(), &kAsyncClass);
  if (w && w->state() == loop::HandleWrap::kInitialized) {
    uv_async_send(&w->async_);
  }
  return true;
}

// isPort(value): whether `value` was made by PortBase.
bool IsPort(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(args.get(0).isObject() &&
                         JS::GetClass(&args[0].toObject()) == &kPortBaseClass);
  return true;
}

const JSFunctionSpec kAsyncMethods[] = {
    JS_FN("send", Send, 0, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0), JS_FS_END};

const JSFunctionSpec kFunctions[] = {JS_FN("isPort", IsPort, 1, 0), JS_FS_END};

}  // namespace

bool InitMessagePort(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::HandleWrap::RegisterClass(&kAsyncClass);
    registered = true;
  }
  if (!JS_InitClass(cx, target, nullptr, &kAsyncClass, NewAsync, 1, nullptr,
                    kAsyncMethods, nullptr, nullptr)) {
    return false;
  }
  if (!JS_InitClass(cx, target, nullptr, &kPortBaseClass, NewPortBase, 0,
                    nullptr, nullptr, nullptr, nullptr)) {
    return false;
  }
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings
