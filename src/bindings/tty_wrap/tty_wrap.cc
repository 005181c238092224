// eddy: the `tty_wrap` binding (node's src/tty_wrap.cc): `new TTY(fd, ctx)`
// over a uv_tty_t with getWindowSize(arr) and setRawMode(bool), plus the
// stream methods inherited from LibuvStreamWrap; isTTY(fd). When the
// terminal cannot be opened, ctx receives errno, code, message and syscall
// (lib/tty.js throws ERR_TTY_INIT_FAILED from it) and the object returned has
// no handle: its methods report UV_EBADF.
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <uv.h>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

const JSClassOps kTtyOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                            nullptr, loop::HandleWrap::Finalize, nullptr,
                            nullptr, nullptr};
const JSClass kTtyClass = {
    "TTY",
    JSCLASS_HAS_RESERVED_SLOTS(loop::StreamWrap::kSlotCount) | JSCLASS_FOREGROUND_FINALIZE,
    &kTtyOps};

class TtyWrap final : public loop::StreamWrap {
 public:
  TtyWrap(Runtime* rt, JSObject* obj)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&tty_)) {}

  // uv_tty_init; on failure the wrap is gone and the error returned.
  static int Create(Runtime* rt, JSObject* obj, int fd) {
    auto* w = new TtyWrap(rt, obj);
    int err = uv_tty_init(rt->loop(), &w->tty_, fd, 0);
    if (err) {
      w->AbandonUninitialized();
      delete w;
    }
    return err;
  }

  // A terminal left in raw mode is restored when its handle closes
  // (teardown closes every handle; Runtime::Exit resets it too).
  ~TtyWrap() override {
    if (raw_) uv_tty_reset_mode();
  }

  uv_tty_t tty_;
  bool raw_ = false;
};

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor TTY cannot be invoked without 'new'");
    return false;
  }
  int fd = FdArg(args.get(0));
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kTtyClass, args));
  if (!obj) return false;
  int err = fd < 0 ? UV_EINVAL : TtyWrap::Create(Runtime::From(cx), obj, fd);
  if (err && args.get(1).isObject()) {
    JS::RootedObject ctx(cx, &args[1].toObject());
    if (!SetNumber(cx, ctx, "errno", err) || !SetString(cx, ctx, "code", uv_err_name(err)) ||
        !SetString(cx, ctx, "message", uv_strerror(err)) ||
        !SetString(cx, ctx, "syscall", "uv_tty_init")) {
      return false;
    }
  }
  args.rval().setObject(*obj);
  return true;
}

TtyWrap* Unwrap(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<TtyWrap>(&args.thisv().toObject(), &kTtyClass);
  return w && w->is_open() ? w : nullptr;
}

bool IsTTY(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = FdArg(args.get(0));
  args.rval().setBoolean(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
  return true;
}

bool GetWindowSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TtyWrap* w = Unwrap(args);
  if (!w || !args.get(0).isObject()) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject arr(cx, &args[0].toObject());
  int width = 0, height = 0;
  int err = uv_tty_get_winsize(&w->tty_, &width, &height);
  if (err == 0) {
    JS::RootedValue v(cx, JS::Int32Value(width));
    if (!JS_SetElement(cx, arr, 0, v)) return false;
    v.setInt32(height);
    if (!JS_SetElement(cx, arr, 1, v)) return false;
  }
  args.rval().setInt32(err);
  return true;
}

bool SetRawMode(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TtyWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  bool raw = JS::ToBoolean(args.get(0));
  int err = uv_tty_set_mode(&w->tty_, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
  if (err == 0) w->raw_ = raw;
  args.rval().setInt32(err);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getWindowSize", GetWindowSize, 1, 0),
    JS_FN("setRawMode", SetRawMode, 1, 0), JS_FS_END};

}  // namespace

bool InitTtyWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::StreamWrap::RegisterStreamClass(&kTtyClass);
    registered = true;
  }
  JS::RootedObject parent(cx, loop::StreamWrap::BindingPrototype(cx, "stream_wrap",
                                                                  "LibuvStreamWrap"));
  if (!parent) return false;
  if (!JS_InitClass(cx, target, parent, &kTtyClass, New, 2, nullptr, kMethods, nullptr,
                    nullptr)) {
    return false;
  }
  return JS_DefineFunction(cx, target, "isTTY", IsTTY, 1, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
