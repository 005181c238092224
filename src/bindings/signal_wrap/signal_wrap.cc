// eddy: the `signal_wrap` binding (node's src/signal_wrap.cc): `new Signal()`
// with start(signum), stop(), close(cb), ref/unref/hasRef; `onsignal(signum)`
// runs through a CallbackScope. lib/internal/process/signals.js starts one per
// signal that has listeners.
#include <js/PropertyAndElement.h>
#include <uv.h>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/class_wrap.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"

namespace eddy::bindings {

namespace {

class SignalWrap final : public loop::HandleWrap {
 public:
  SignalWrap(Runtime* rt, JSObject* obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&signal_)) {
    uv_signal_init(rt->loop(), &signal_);
  }
  uv_signal_t signal_;

  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* w = static_cast<SignalWrap*>(handle->data);
    Runtime* rt = w->runtime();
    JSContext* cx = rt->cx();
    loop::CallbackScope scope(rt);
    JS::RootedObject obj(cx, w->object());
    JS::RootedValue fn(cx);
    if (!JS_GetProperty(cx, obj, "onsignal", &fn)) {
      rt->HandleUncaughtException();
      return;
    }
    if (!fn.isObject()) return;
    JS::RootedValue recv(cx, JS::ObjectValue(*obj));
    JS::RootedValue arg(cx, JS::Int32Value(signum));
    JS::RootedValue rv(cx);
    (void)rt->CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv);
  }
};

const JSClassOps kSignalOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                               nullptr, loop::HandleWrap::Finalize, nullptr,
                               nullptr, nullptr};
const JSClass kSignalClass = {
    "Signal", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kSignalOps};

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor Signal cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kSignalClass, args));
  if (!obj) return false;
  new SignalWrap(Runtime::From(cx), obj);
  args.rval().setObject(*obj);
  return true;
}

SignalWrap* Unwrap(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<SignalWrap>(&args.thisv().toObject(), &kSignalClass);
  return w && w->state() == loop::HandleWrap::kInitialized ? w : nullptr;
}

bool Start(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(args);
  int signum = 0;
  if (args.get(0).isNumber()) {
    double d = args[0].toNumber();
    if (d >= 1 && d <= 1024) signum = static_cast<int>(d);  // no UB cast
  }
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  args.rval().setInt32(uv_signal_start(&w->signal_, SignalWrap::OnSignal, signum));
  return true;
}

bool Stop(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignalWrap* w = Unwrap(args);
  args.rval().setInt32(w ? uv_signal_stop(&w->signal_) : UV_EBADF);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("start", Start, 1, 0), JS_FN("stop", Stop, 0, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0), JS_FS_END};

}  // namespace

bool InitSignalWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::HandleWrap::RegisterClass(&kSignalClass);
    registered = true;
  }
  JSObject* proto = JS_InitClass(cx, target, nullptr, &kSignalClass, New, 0,
                                 nullptr, kMethods, nullptr, nullptr);
  return proto != nullptr;
}

}  // namespace eddy::bindings
