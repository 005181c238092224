// eddy: the `tcp_wrap` binding (node's src/tcp_wrap.cc): `new TCP(type)`
// over a uv_tcp_t with bind/bind6, listen, connect/connect6, getsockname,
// getpeername, setNoDelay, setKeepAlive, open(fd) and reset(cb), plus the
// stream methods inherited from LibuvStreamWrap; TCPConnectWrap; constants.
// lib/net.js drives it.
#include <js/Conversions.h>
#include <js/PropertyAndElement.h>
#include <net/if.h>
#include <uv.h>

#include <cstring>
#include <string>

#include "bindings/registry.h"
#include "bindings/socket_address.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

enum TcpType { kSocket = 0, kServer = 1 };

const JSClassOps kTcpOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                            nullptr, loop::HandleWrap::Finalize, nullptr,
                            nullptr, nullptr};
const JSClass kTcpClass = {
    "TCP",
    JSCLASS_HAS_RESERVED_SLOTS(loop::StreamWrap::kSlotCount) | JSCLASS_FOREGROUND_FINALIZE,
    &kTcpOps};
const JSClass kTcpConnectWrapClass = {"TCPConnectWrap", 0, nullptr};

class TcpWrap final : public loop::StreamWrap {
 public:
  TcpWrap(Runtime* rt, JSObject* obj)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&tcp_)) {
    uv_tcp_init(rt->loop(), &tcp_);
  }

  // Closes with a TCP RST instead of a FIN; `cb` runs as close()'s would.
  int Reset(JS::HandleValue cb) {
    if (!BeginClose(cb)) return 0;
    auto* h = reinterpret_cast<uv_handle_t*>(&tcp_);
    int err = uv_tcp_close_reset(&tcp_, close_callback());
    // A shutdown in progress rules out a reset: close normally instead.
    if (err) uv_close(h, close_callback());
    return err;
  }

  uv_tcp_t tcp_;
};

// A new TCP handle object for an accepted connection or a received handle.
JSObject* NewTcpHandle(JSContext* cx, loop::StreamWrap** out) {
  JS::RootedObject proto(cx, loop::StreamWrap::BindingPrototype(cx, "tcp_wrap", "TCP"));
  if (!proto) return nullptr;
  JS::RootedObject obj(cx, JS_NewObjectWithGivenProto(cx, &kTcpClass, proto));
  if (!obj) return nullptr;
  *out = new TcpWrap(Runtime::From(cx), obj);
  return obj;
}

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor TCP cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kTcpClass, args));
  if (!obj) return false;
  new TcpWrap(Runtime::From(cx), obj);
  args.rval().setObject(*obj);
  return true;
}

TcpWrap* Unwrap(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<TcpWrap>(&args.thisv().toObject(), &kTcpClass);
  return w && w->is_open() ? w : nullptr;
}

int PortArg(const JS::Value& v) {
  return v.isNumber() ? static_cast<int>(v.toNumber()) & 0xFFFF : 0;
}


bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  int fd = FdArg(args.get(0));
  args.rval().setInt32(w ? uv_tcp_open(&w->tcp_, fd) : UV_EBADF);
  return true;
}

template <int kFamily>
bool Bind(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string ip;
  if (!AddressArg(cx, args.get(0), &ip)) return false;
  unsigned flags = args.get(2).isNumber() ? static_cast<unsigned>(args[2].toNumber()) : 0;
  if (kFamily == 4) flags = 0;
  sockaddr_storage addr;
  int err = ParseSockAddr<kFamily>(ip, PortArg(args.get(1)), &addr);
  if (err == 0) err = uv_tcp_bind(&w->tcp_, reinterpret_cast<sockaddr*>(&addr), flags);
  args.rval().setInt32(err);
  return true;
}

bool Listen(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  // JS::ToInt32, as node's Int32Value(): no UB cast for out-of-range doubles.
  int backlog = args.get(0).isNumber() ? JS::ToInt32(args[0].toNumber()) : 511;
  args.rval().setInt32(w ? w->Listen(backlog) : UV_EBADF);
  return true;
}

template <int kFamily>
bool Connect(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  if (!w || !args.get(0).isObject()) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject req(cx, &args[0].toObject());
  std::string ip;
  if (!AddressArg(cx, args.get(1), &ip)) return false;
  sockaddr_storage addr;
  int err = ParseSockAddr<kFamily>(ip, PortArg(args.get(2)), &addr);
  if (err == 0) {
    auto* r = new loop::ConnectReq(w->runtime(), req);
    err = uv_tcp_connect(r->uv_req(), &w->tcp_, reinterpret_cast<sockaddr*>(&addr),
                         loop::ConnectReq::AfterConnect);
    if (err) delete r;
  }
  args.rval().setInt32(err);
  return true;
}

template <bool kPeer>
bool GetName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  return GetNameInto(cx, args, w != nullptr, [w](sockaddr* addr, int* len) {
    return kPeer ? uv_tcp_getpeername(&w->tcp_, addr, len)
                 : uv_tcp_getsockname(&w->tcp_, addr, len);
  });
}

bool SetNoDelay(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  args.rval().setInt32(w ? uv_tcp_nodelay(&w->tcp_, JS::ToBoolean(args.get(0))) : UV_EBADF);
  return true;
}

bool SetKeepAlive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  unsigned delay = args.get(1).isNumber() && args[1].toNumber() > 0
                       ? static_cast<unsigned>(args[1].toNumber())
                       : 0;
  args.rval().setInt32(
      w ? uv_tcp_keepalive(&w->tcp_, JS::ToBoolean(args.get(0)), delay) : UV_EBADF);
  return true;
}

// reset(cb): close with a TCP RST instead of a FIN.
bool Reset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  TcpWrap* w = Unwrap(args);
  args.rval().setInt32(w ? w->Reset(args.get(0)) : UV_EBADF);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("open", Open, 1, 0),
    JS_FN("bind", Bind<4>, 3, 0),
    JS_FN("bind6", Bind<6>, 3, 0),
    JS_FN("listen", Listen, 1, 0),
    JS_FN("connect", Connect<4>, 3, 0),
    JS_FN("connect6", Connect<6>, 3, 0),
    JS_FN("getsockname", GetName<false>, 1, 0),
    JS_FN("getpeername", GetName<true>, 1, 0),
    JS_FN("setNoDelay", SetNoDelay, 1, 0),
    JS_FN("setKeepAlive", SetKeepAlive, 2, 0),
    JS_FN("reset", Reset, 1, 0),
    JS_FS_END};

}  // namespace

bool InitTcpWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::StreamWrap::RegisterStreamClass(&kTcpClass);
    loop::StreamWrap::SetHandleFactory(UV_TCP, NewTcpHandle);
    registered = true;
  }
  loop::StreamWrap::RaiseFileLimit();
  JS::RootedObject parent(cx, loop::StreamWrap::BindingPrototype(cx, "stream_wrap",
                                                                  "LibuvStreamWrap"));
  if (!parent) return false;
  if (!JS_InitClass(cx, target, parent, &kTcpClass, New, 1, nullptr, kMethods, nullptr,
                    nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kTcpConnectWrapClass,
                    loop::NewRequestObject<&kTcpConnectWrapClass>, 0, nullptr, nullptr,
                    nullptr, nullptr)) {
    return false;
  }
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  if (!constants || !SetNumber(cx, constants, "SOCKET", kSocket) ||
      !SetNumber(cx, constants, "SERVER", kServer) ||
      !SetNumber(cx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY)) {
    return false;
  }
  JS::RootedValue cv(cx, JS::ObjectValue(*constants));
  return JS_DefineProperty(cx, target, "constants", cv, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
