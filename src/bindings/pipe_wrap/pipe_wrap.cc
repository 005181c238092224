// eddy: the `pipe_wrap` binding (node's src/pipe_wrap.cc): `new Pipe(type)`
// over a uv_pipe_t (type IPC makes an IPC channel that can carry handles)
// with open(fd), bind(path), listen, connect(req, path), fchmod(mode), plus
// the stream methods inherited from LibuvStreamWrap; PipeConnectWrap;
// constants. Used by net (Unix sockets), child_process and process.stdio.
// setPendingInstances is Windows-only in node and absent here too.
#include <js/Conversions.h>
#include <js/PropertyAndElement.h>
#include <uv.h>

#include <string>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

enum PipeType { kSocket = 0, kServer = 1, kIpc = 2 };

const JSClassOps kPipeOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, loop::HandleWrap::Finalize, nullptr,
                             nullptr, nullptr};
const JSClass kPipeClass = {
    "Pipe",
    JSCLASS_HAS_RESERVED_SLOTS(loop::StreamWrap::kSlotCount) | JSCLASS_FOREGROUND_FINALIZE,
    &kPipeOps};
const JSClass kPipeConnectWrapClass = {"PipeConnectWrap", 0, nullptr};

class PipeWrap final : public loop::StreamWrap {
 public:
  PipeWrap(Runtime* rt, JSObject* obj, bool ipc)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    uv_pipe_init(rt->loop(), &pipe_, ipc ? 1 : 0);
  }
  uv_pipe_t pipe_;
};

// A new (non-IPC) Pipe handle object for an accepted connection or a pipe
// received over IPC.
JSObject* NewPipeHandle(JSContext* cx, loop::StreamWrap** out) {
  JS::RootedObject proto(cx, loop::StreamWrap::BindingPrototype(cx, "pipe_wrap", "Pipe"));
  if (!proto) return nullptr;
  JS::RootedObject obj(cx, JS_NewObjectWithGivenProto(cx, &kPipeClass, proto));
  if (!obj) return nullptr;
  *out = new PipeWrap(Runtime::From(cx), obj, false);
  return obj;
}

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor Pipe cannot be invoked without 'new'");
    return false;
  }
  int type = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : kSocket;
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kPipeClass, args));
  if (!obj) return false;
  new PipeWrap(Runtime::From(cx), obj, (type & kIpc) != 0);
  args.rval().setObject(*obj);
  return true;
}

PipeWrap* Unwrap(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<PipeWrap>(&args.thisv().toObject(), &kPipeClass);
  return w && w->is_open() ? w : nullptr;
}

bool PathArg(JSContext* cx, JS::HandleValue v, std::string* out) {
  if (!v.isString()) {
    out->clear();
    return true;
  }
  return ToUtf8(cx, v, out);
}

bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = Unwrap(args);
  int fd = FdArg(args.get(0));
  args.rval().setInt32(w ? uv_pipe_open(&w->pipe_, fd) : UV_EBADF);
  return true;
}

bool Bind(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  args.rval().setInt32(uv_pipe_bind(&w->pipe_, path.c_str()));
  return true;
}

bool Listen(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = Unwrap(args);
  // JS::ToInt32, as node's Int32Value(): no UB cast for out-of-range doubles.
  int backlog = args.get(0).isNumber() ? JS::ToInt32(args[0].toNumber()) : 511;
  args.rval().setInt32(w ? w->Listen(backlog) : UV_EBADF);
  return true;
}

bool Connect(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = Unwrap(args);
  if (!w || !args.get(0).isObject()) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject req(cx, &args[0].toObject());
  std::string path;
  if (!PathArg(cx, args.get(1), &path)) return false;
  auto* r = new loop::ConnectReq(w->runtime(), req);
  // Failures (ENOENT, ECONNREFUSED, a too long path) arrive in the callback.
  uv_pipe_connect(r->uv_req(), &w->pipe_, path.c_str(), loop::ConnectReq::AfterConnect);
  args.rval().setInt32(0);
  return true;
}

bool Fchmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  PipeWrap* w = Unwrap(args);
  int mode = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : 0;
  args.rval().setInt32(w ? uv_pipe_chmod(&w->pipe_, mode) : UV_EBADF);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("open", Open, 1, 0),       JS_FN("bind", Bind, 1, 0),
    JS_FN("listen", Listen, 1, 0),   JS_FN("connect", Connect, 2, 0),
    JS_FN("fchmod", Fchmod, 1, 0),   JS_FS_END};

}  // namespace

bool InitPipeWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::StreamWrap::RegisterStreamClass(&kPipeClass);
    loop::StreamWrap::SetHandleFactory(UV_NAMED_PIPE, NewPipeHandle);
    registered = true;
  }
  loop::StreamWrap::RaiseFileLimit();
  JS::RootedObject parent(cx, loop::StreamWrap::BindingPrototype(cx, "stream_wrap",
                                                                  "LibuvStreamWrap"));
  if (!parent) return false;
  if (!JS_InitClass(cx, target, parent, &kPipeClass, New, 1, nullptr, kMethods, nullptr,
                    nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kPipeConnectWrapClass,
                    loop::NewRequestObject<&kPipeConnectWrapClass>, 0, nullptr, nullptr,
                    nullptr, nullptr)) {
    return false;
  }
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  if (!constants || !SetNumber(cx, constants, "SOCKET", kSocket) ||
      !SetNumber(cx, constants, "SERVER", kServer) || !SetNumber(cx, constants, "IPC", kIpc) ||
      !SetNumber(cx, constants, "UV_READABLE", UV_READABLE) ||
      !SetNumber(cx, constants, "UV_WRITABLE", UV_WRITABLE)) {
    return false;
  }
  JS::RootedValue cv(cx, JS::ObjectValue(*constants));
  return JS_DefineProperty(cx, target, "constants", cv, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
