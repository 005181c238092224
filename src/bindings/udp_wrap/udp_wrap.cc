// eddy: the `udp_wrap` binding (node's src/udp_wrap.cc): `new UDP()` over a
// uv_udp_t (a HandleWrap, not a stream) and the SendWrap request class.
// lib/dgram.js drives it.
//
// Interface for lib/:
//   open(fd), bind(ip, port, flags), bind6(ip, port, flags),
//   connect(ip, port), connect6(ip, port), disconnect()   0 or a negative errno
//   send(req, views, count, port, ip, hasCallback) (send6 likewise) and, on a
//     connected socket, send(req, views, count, hasCallback): sends at once
//     with uv_udp_try_send when it can and returns bytes + 1; otherwise
//     queues a private copy of the bytes and returns 0, and
//     req.oncomplete(status, bytes) runs later when hasCallback; or errno.
//   recvStart(), recvStop(); onmessage(nread, handle, arrayBuffer, rinfo)
//     with rinfo {address, family, port}; nread < 0: an error, no buffer.
//   getsockname(out), getpeername(out)            fill {address, family, port}
//   setBroadcast(n), setTTL(n), setMulticastTTL(n), setMulticastLoopback(n),
//   setMulticastInterface(ip), addMembership(group, iface),
//   dropMembership(group, iface), addSourceSpecificMembership(source, group,
//   iface), dropSourceSpecificMembership(...)     0 or errno
//   bufferSize(size, isRecv, ctx): the size (size 0 reads it), or undefined
//     with ctx {errno, code, message, syscall} filled.
//   getSendQueueSize(), getSendQueueCount(); close(cb), ref(), unref(),
//   hasRef() from HandleWrap. constants { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR }.
//
// Rules (on top of HandleWrap's): a queued send owns a copy of its bytes (JS
// memory can move) and roots its request object until the callback; closing
// the handle completes queued sends with UV_ECANCELED first. Datagrams are
// read into one per-thread block and copied into a fresh ArrayBuffer each.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/Conversions.h>
#include <js/PropertyAndElement.h>
#include <js/ValueArray.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <net/if.h>
#include <uv.h>

#include <cstring>
#include <memory>
#include <string>

#include "bindings/registry.h"
#include "bindings/socket_address.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"
#include "loop/req_wrap.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

// libuv suggests 64 KiB, the largest datagram.
constexpr size_t kRecvBlockSize = 64 * 1024;
// More buffers than this in one send is refused (IOV_MAX on Linux).
constexpr uint32_t kMaxSendBufs = 1024;

struct RecvBlock {
  char* data = nullptr;
  RecvBlock() = default;
  RecvBlock(const RecvBlock&) = delete;
  RecvBlock& operator=(const RecvBlock&) = delete;
  ~RecvBlock() { js_free(data); }
};
thread_local RecvBlock t_block;

class UdpWrap final : public loop::HandleWrap {
 public:
  UdpWrap(Runtime* rt, JSObject* obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&udp_)) {
    uv_udp_init(rt->loop(), &udp_);
  }

  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf,
                     const sockaddr* addr, unsigned flags);

  uv_udp_t udp_;
};

// A queued send: owns the bytes and calls req.oncomplete(status, bytes).
class SendReq final : public loop::ReqWrap<uv_udp_send_t> {
 public:
  SendReq(Runtime* rt, JSObject* req, char* data, size_t size, bool have_callback)
      : ReqWrap(rt, req), data_(data), size_(size), have_callback_(have_callback) {}
  ~SendReq() override { js_free(data_); }

  static void AfterSend(uv_udp_send_t* req, int status);

  char* data_;
  size_t size_;
  bool have_callback_;
};

const JSClassOps kUdpOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                            nullptr, loop::HandleWrap::Finalize, nullptr,
                            nullptr, nullptr};
const JSClass kUdpClass = {"UDP", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
                           &kUdpOps};
const JSClass kSendWrapClass = {"SendWrap", 0, nullptr};

// Calls obj[name](...args) through a CallbackScope the caller opened.
void CallMethod(Runtime* rt, JS::HandleObject obj, const char* name,
                const JS::HandleValueArray& args) {
  JSContext* cx = rt->cx();
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, name, &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  JS::RootedValue recv(cx, JS::ObjectValue(*obj));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}


void UdpWrap::OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
  if (!t_block.data) t_block.data = static_cast<char*>(js_malloc(kRecvBlockSize));
  // A null base makes libuv report UV_ENOBUFS.
  *buf = uv_buf_init(t_block.data, t_block.data ? kRecvBlockSize : 0);
}

void UdpWrap::OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf,
                     const sockaddr* addr, unsigned) {
  if (nread == 0 && addr == nullptr) return;  // nothing more to read
  auto* w = static_cast<UdpWrap*>(handle->data);
  Runtime* rt = w->runtime();
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, w->object());
  JS::RootedValueArray<4> argv(cx);
  argv[1].setObject(*obj);
  if (nread < 0) {
    argv[0].setInt32(static_cast<int32_t>(nread));
  } else {
    size_t n = static_cast<size_t>(nread);
    char* data = nullptr;
    if (n) {
      data = static_cast<char*>(js_malloc(n));
      if (data) std::memcpy(data, buf->base, n);
    }
    JSObject* ab = (n == 0 || data) ? JS::NewArrayBufferWithContents(cx, n, data) : nullptr;
    if (!ab) {
      js_free(data);
      if (!JS_IsExceptionPending(cx)) JS_ReportOutOfMemory(cx);
      rt->HandleUncaughtException();
      return;
    }
    argv[2].setObject(*ab);
    JS::RootedObject rinfo(cx, JS_NewPlainObject(cx));
    if (!rinfo || !AddressToJS(cx, rinfo, addr)) {
      rt->HandleUncaughtException();
      return;
    }
    argv[3].setObject(*rinfo);
    argv[0].setInt32(static_cast<int32_t>(n));
  }
  CallMethod(rt, obj, "onmessage", argv);
}

void SendReq::AfterSend(uv_udp_send_t* req, int status) {
  std::unique_ptr<SendReq> r(static_cast<SendReq*>(ReqWrap::From(req)));
  Runtime* rt = r->runtime();
  if (!r->have_callback_ || !rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, r->object());
  JS::RootedValueArray<2> argv(cx);
  argv[0].setInt32(status);
  argv[1].setNumber(static_cast<double>(r->size_));
  CallMethod(rt, obj, "oncomplete", argv);
}

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor UDP cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kUdpClass, args));
  if (!obj) return false;
  new UdpWrap(Runtime::From(cx), obj);
  args.rval().setObject(*obj);
  return true;
}

UdpWrap* Unwrap(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<UdpWrap>(&args.thisv().toObject(), &kUdpClass);
  return w && w->state() == loop::HandleWrap::kInitialized ? w : nullptr;
}

// A port: an integer in [0, 65535], else -1.
int PortArg(const JS::Value& v) {
  if (!v.isNumber()) return -1;
  double d = v.toNumber();
  return d >= 0 && d <= 65535 && d == static_cast<int>(d) ? static_cast<int>(d) : -1;
}

// An int argument with ToInt32 semantics (node's Int32Value); booleans as 0/1.
int IntArg(const JS::Value& v) {
  if (v.isNumber()) return JS::ToInt32(v.toNumber());
  if (v.isBoolean()) return v.toBoolean() ? 1 : 0;
  return 0;
}

// A uint32 argument, else `fallback`.
uint32_t Uint32Arg(const JS::Value& v, uint32_t fallback) {
  if (!v.isNumber()) return fallback;
  double d = v.toNumber();
  return d >= 0 && d <= 4294967295.0 && d == static_cast<double>(static_cast<uint32_t>(d))
             ? static_cast<uint32_t>(d)
             : fallback;
}

bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  int fd = FdArg(args.get(0));
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  args.rval().setInt32(fd < 0 ? UV_EBADF : uv_udp_open(&w->udp_, fd));
  return true;
}

template <int kFamily>
bool Bind(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string ip;
  if (!AddressArg(cx, args.get(0), &ip)) return false;
  unsigned flags = Uint32Arg(args.get(2), 0);
  sockaddr_storage addr;
  int err = ParseSockAddr<kFamily>(ip, PortArg(args.get(1)), &addr);
  if (err == 0) err = uv_udp_bind(&w->udp_, reinterpret_cast<sockaddr*>(&addr), flags);
  args.rval().setInt32(err);
  return true;
}

template <int kFamily>
bool Connect(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string ip;
  if (!AddressArg(cx, args.get(0), &ip)) return false;
  sockaddr_storage addr;
  int err = ParseSockAddr<kFamily>(ip, PortArg(args.get(1)), &addr);
  if (err == 0) err = uv_udp_connect(&w->udp_, reinterpret_cast<sockaddr*>(&addr));
  args.rval().setInt32(err);
  return true;
}

bool Disconnect(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  args.rval().setInt32(w ? uv_udp_connect(&w->udp_, nullptr) : UV_EBADF);
  return true;
}

// send(req, views, count, port, ip, hasCallback) or, connected,
// send(req, views, count, hasCallback).
template <int kFamily>
bool Send(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  bool sendto = args.length() >= 6;
  bool is_array = false;
  if (!args.get(0).isObject() || !args.get(1).isObject() ||
      !JS::IsArrayObject(cx, args[1], &is_array)) {
    if (JS_IsExceptionPending(cx)) return false;
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  uint32_t length = 0;
  JS::RootedObject list(cx, &args[1].toObject());
  if (!is_array || !JS::GetArrayLength(cx, list, &length)) {
    if (JS_IsExceptionPending(cx)) return false;
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  uint32_t count = Uint32Arg(args.get(2), UINT32_MAX);
  if (count == 0 || count > length || count > kMaxSendBufs) {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  JS::RootedObject req(cx, &args[0].toObject());
  bool have_callback = JS::ToBoolean(args.get(sendto ? 5 : 3));
  sockaddr_storage storage;
  const sockaddr* addr = nullptr;
  if (sendto) {
    std::string ip;
    if (!AddressArg(cx, args.get(4), &ip)) return false;
    int err = ParseSockAddr<kFamily>(ip, PortArg(args.get(3)), &storage);
    if (err) {
      args.rval().setInt32(err);
      return true;
    }
    addr = reinterpret_cast<const sockaddr*>(&storage);
  }
  // Collect the views first (getters may run and GC), then their bytes.
  JS::RootedValueVector views(cx);
  if (!views.resize(count)) return false;
  for (uint32_t i = 0; i < count; i++) {
    if (!JS_GetElement(cx, list, i, views[i])) return false;
    if (!views[i].isObject() || !js::UnwrapArrayBufferView(&views[i].toObject())) {
      args.rval().setInt32(UV_EINVAL);
      return true;
    }
  }
  if (!Unwrap(args)) {  // a getter closed the handle
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  uv_buf_t stack_bufs[16];
  std::unique_ptr<uv_buf_t[]> heap_bufs;
  uv_buf_t* bufs = stack_bufs;
  if (count > 16) {
    heap_bufs.reset(new uv_buf_t[count]);
    bufs = heap_bufs.get();
  }
  JS::AutoCheckCannotGC nogc;
  size_t total = 0;
  for (uint32_t i = 0; i < count; i++) {
    JSObject* view = js::UnwrapArrayBufferView(&views[i].toObject());
    bool shared;
    char* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    size_t len = JS_GetArrayBufferViewByteLength(view);
    if (len > UINT32_MAX) {
      args.rval().setInt32(UV_EMSGSIZE);
      return true;
    }
    bufs[i] = uv_buf_init(p, static_cast<unsigned>(len));
    total += len;
  }
  int err = uv_udp_try_send(&w->udp_, bufs, count, addr);
  if (err >= 0) {
    // A datagram goes out whole or not at all.
    args.rval().setNumber(static_cast<double>(total) + 1);
    return true;
  }
  if (err != UV_EAGAIN && err != UV_ENOSYS) {
    args.rval().setInt32(err);
    return true;
  }
  // Queue a private copy: JS memory may move or be detached meanwhile.
  char* data = static_cast<char*>(js_malloc(total ? total : 1));
  if (!data) {
    args.rval().setInt32(UV_ENOMEM);
    return true;
  }
  size_t off = 0;
  for (uint32_t i = 0; i < count; i++) {
    if (bufs[i].len) std::memcpy(data + off, bufs[i].base, bufs[i].len);
    off += bufs[i].len;
  }
  auto* r = new SendReq(w->runtime(), req, data, total, have_callback);
  uv_buf_t one = uv_buf_init(data, static_cast<unsigned>(total));
  err = uv_udp_send(r->uv_req(), &w->udp_, &one, 1, addr, SendReq::AfterSend);
  if (err) delete r;
  args.rval().setInt32(err);
  return true;
}

bool RecvStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  int err = w ? uv_udp_recv_start(&w->udp_, UdpWrap::OnAlloc, UdpWrap::OnRecv) : UV_EBADF;
  args.rval().setInt32(err == UV_EALREADY ? 0 : err);
  return true;
}

bool RecvStop(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  args.rval().setInt32(w ? uv_udp_recv_stop(&w->udp_) : UV_EBADF);
  return true;
}

template <bool kPeer>
bool GetName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  return GetNameInto(cx, args, w != nullptr, [w](sockaddr* addr, int* len) {
    return kPeer ? uv_udp_getpeername(&w->udp_, addr, len)
                 : uv_udp_getsockname(&w->udp_, addr, len);
  });
}

// setBroadcast, setTTL, setMulticastTTL, setMulticastLoopback: fn(handle, int).
template <int (*kFn)(uv_udp_t*, int)>
bool SetInt(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  args.rval().setInt32(w ? kFn(&w->udp_, IntArg(args.get(0))) : UV_EBADF);
  return true;
}

bool SetMulticastInterface(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string iface;
  if (!ToUtf8(cx, args.get(0), &iface)) return false;
  args.rval().setInt32(uv_udp_set_multicast_interface(&w->udp_, iface.c_str()));
  return true;
}

// An optional interface address: undefined or null means libuv's default.
bool OptionalString(JSContext* cx, JS::HandleValue v, std::string* out, bool* present) {
  *present = !v.isNullOrUndefined();
  return !*present || ToUtf8(cx, v, out);
}

template <uv_membership kMembership>
bool Membership(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string group, iface;
  bool has_iface;
  if (!ToUtf8(cx, args.get(0), &group) ||
      !OptionalString(cx, args.get(1), &iface, &has_iface)) {
    return false;
  }
  args.rval().setInt32(uv_udp_set_membership(&w->udp_, group.c_str(),
                                              has_iface ? iface.c_str() : nullptr,
                                              kMembership));
  return true;
}

template <uv_membership kMembership>
bool SourceMembership(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  std::string source, group, iface;
  bool has_iface;
  if (!ToUtf8(cx, args.get(0), &source) || !ToUtf8(cx, args.get(1), &group) ||
      !OptionalString(cx, args.get(2), &iface, &has_iface)) {
    return false;
  }
  args.rval().setInt32(uv_udp_set_source_membership(
      &w->udp_, group.c_str(), has_iface ? iface.c_str() : nullptr, source.c_str(),
      kMembership));
  return true;
}

// bufferSize(size, isRecv, ctx): see the file comment.
bool BufferSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  bool is_recv = JS::ToBoolean(args.get(1));
  const char* syscall = is_recv ? "uv_recv_buffer_size" : "uv_send_buffer_size";
  int err = UV_EBADF;
  int value = 0;
  if (w) {
    // A size that is not an int32 is refused as node does (Int32 check).
    const JS::Value& v = args.get(0);
    double d = v.isNumber() ? v.toNumber() : -1;
    if (d >= 0 && d <= 2147483647.0 && d == static_cast<int>(d)) {
      value = static_cast<int>(d);
      auto* h = reinterpret_cast<uv_handle_t*>(&w->udp_);
      err = is_recv ? uv_recv_buffer_size(h, &value) : uv_send_buffer_size(h, &value);
    } else {
      err = UV_EINVAL;
    }
  }
  if (err == 0) {
    args.rval().setInt32(value);
    return true;
  }
  args.rval().setUndefined();
  if (!args.get(2).isObject()) return true;
  JS::RootedObject ctx(cx, &args[2].toObject());
  return SetNumber(cx, ctx, "errno", err) && SetString(cx, ctx, "code", uv_err_name(err)) &&
         SetString(cx, ctx, "message", uv_strerror(err)) &&
         SetString(cx, ctx, "syscall", syscall);
}

template <bool kCount>
bool GetSendQueue(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  UdpWrap* w = Unwrap(args);
  size_t n = 0;
  if (w) n = kCount ? uv_udp_get_send_queue_count(&w->udp_) : uv_udp_get_send_queue_size(&w->udp_);
  args.rval().setNumber(static_cast<double>(n));
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("open", Open, 1, 0),
    JS_FN("bind", Bind<4>, 3, 0),
    JS_FN("bind6", Bind<6>, 3, 0),
    JS_FN("connect", Connect<4>, 2, 0),
    JS_FN("connect6", Connect<6>, 2, 0),
    JS_FN("disconnect", Disconnect, 0, 0),
    JS_FN("send", Send<4>, 6, 0),
    JS_FN("send6", Send<6>, 6, 0),
    JS_FN("recvStart", RecvStart, 0, 0),
    JS_FN("recvStop", RecvStop, 0, 0),
    JS_FN("getsockname", GetName<false>, 1, 0),
    JS_FN("getpeername", GetName<true>, 1, 0),
    JS_FN("setBroadcast", SetInt<uv_udp_set_broadcast>, 1, 0),
    JS_FN("setTTL", SetInt<uv_udp_set_ttl>, 1, 0),
    JS_FN("setMulticastTTL", SetInt<uv_udp_set_multicast_ttl>, 1, 0),
    JS_FN("setMulticastLoopback", SetInt<uv_udp_set_multicast_loop>, 1, 0),
    JS_FN("setMulticastInterface", SetMulticastInterface, 1, 0),
    JS_FN("addMembership", Membership<UV_JOIN_GROUP>, 2, 0),
    JS_FN("dropMembership", Membership<UV_LEAVE_GROUP>, 2, 0),
    JS_FN("addSourceSpecificMembership", SourceMembership<UV_JOIN_GROUP>, 3, 0),
    JS_FN("dropSourceSpecificMembership", SourceMembership<UV_LEAVE_GROUP>, 3, 0),
    JS_FN("bufferSize", BufferSize, 3, 0),
    JS_FN("getSendQueueSize", GetSendQueue<false>, 0, 0),
    JS_FN("getSendQueueCount", GetSendQueue<true>, 0, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0),
    JS_FS_END};

}  // namespace

bool InitUdpWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::HandleWrap::RegisterClass(&kUdpClass);
    registered = true;
  }
  if (!JS_InitClass(cx, target, nullptr, &kUdpClass, New, 0, nullptr, kMethods, nullptr,
                    nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kSendWrapClass,
                    loop::NewRequestObject<&kSendWrapClass>, 0, nullptr, nullptr, nullptr,
                    nullptr)) {
    return false;
  }
  JS::RootedObject constants(cx, JS_NewPlainObject(cx));
  if (!constants || !SetNumber(cx, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY) ||
      !SetNumber(cx, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR)) {
    return false;
  }
  JS::RootedValue cv(cx, JS::ObjectValue(*constants));
  return JS_DefineProperty(cx, target, "constants", cv, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
