// eddy: the `cares_wrap` binding (node's src/cares_wrap.cc): getaddrinfo and
// getnameinfo on libuv's thread pool for dns.lookup/lookupService, and
// ChannelWrap (channel.cc), the c-ares channel behind dns.Resolver.
//
// getaddrinfo(req, hostname, family, hints, order) and
// getnameinfo(req, address, port) return 0 or a negative libuv errno; on
// completion req.oncomplete(status, addresses) / (status, hostname, service)
// runs through a CallbackScope. lib/internal/dns validates the arguments.
#include <ares.h>
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <netdb.h>
#include <uv.h>

#include <string>

#include "bindings/cares_wrap/channel.h"
#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/req_wrap.h"

namespace eddy::bindings {

namespace {

// How getaddrinfo results are ordered (dns.setDefaultResultOrder).
enum ResultOrder { kOrderVerbatim = 0, kOrderIpv4First = 1, kOrderIpv6First = 2 };

int32_t Int32Arg(const JS::Value& v, int32_t def) {
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) return JS::ToInt32(v.toDouble());
  return def;
}

// Calls req.oncomplete(args) from a libuv callback.
void Complete(Runtime* rt, JS::HandleObject req, const JS::HandleValueArray& args) {
  JSContext* cx = rt->cx();
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, req, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  // A request made through the binding without a callback: nobody to tell.
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  JS::RootedValue recv(cx, JS::ObjectValue(*req)), rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}

// --- getaddrinfo -------------------------------------------------------------------

class AddrInfoReq final : public loop::ReqWrap<uv_getaddrinfo_t> {
 public:
  AddrInfoReq(Runtime* rt, JSObject* obj, int order) : ReqWrap(rt, obj), order_(order) {}
  static void After(uv_getaddrinfo_t* req, int status, struct addrinfo* res);

 private:
  int order_;
};

// Appends the addresses of `family` (AF_UNSPEC: both) from `res` to `list`.
bool AppendAddresses(JSContext* cx, const struct addrinfo* res, int family,
                     JS::HandleObject list, uint32_t* n) {
  JS::RootedValue v(cx);
  for (const struct addrinfo* ai = res; ai; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
    if (family != AF_UNSPEC && ai->ai_family != family) continue;
    char ip[INET6_ADDRSTRLEN];
    int err = ai->ai_family == AF_INET
        ? uv_ip4_name(reinterpret_cast<const sockaddr_in*>(ai->ai_addr), ip, sizeof(ip))
        : uv_ip6_name(reinterpret_cast<const sockaddr_in6*>(ai->ai_addr), ip, sizeof(ip));
    if (err != 0) continue;
    JSString* s = JS_NewStringCopyZ(cx, ip);
    if (!s) return false;
    v.setString(s);
    if (!JS_DefineElement(cx, list, (*n)++, v, JSPROP_ENUMERATE)) return false;
  }
  return true;
}

void AddrInfoReq::After(uv_getaddrinfo_t* uvreq, int status, struct addrinfo* res) {
  auto* req = static_cast<AddrInfoReq*>(From(uvreq));
  Runtime* rt = req->runtime();
  if (status == UV_ECANCELED || !rt->can_call_into_js()) {
    uv_freeaddrinfo(res);
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  int order = req->order_;
  delete req;
  JS::RootedValueArray<2> args(cx);
  if (status == 0) {
    JS::RootedObject list(cx, JS::NewArrayObject(cx, 0));
    uint32_t n = 0;
    bool ok = list != nullptr;
    if (ok && order == kOrderIpv4First) {
      ok = AppendAddresses(cx, res, AF_INET, list, &n) &&
           AppendAddresses(cx, res, AF_INET6, list, &n);
    } else if (ok && order == kOrderIpv6First) {
      ok = AppendAddresses(cx, res, AF_INET6, list, &n) &&
           AppendAddresses(cx, res, AF_INET, list, &n);
    } else if (ok) {
      ok = AppendAddresses(cx, res, AF_UNSPEC, list, &n);
    }
    uv_freeaddrinfo(res);
    if (!ok) {
      rt->HandleUncaughtException();
      return;
    }
    if (n == 0) {
      status = UV_EAI_NODATA;
    } else {
      args[1].setObject(*list);
    }
  } else {
    uv_freeaddrinfo(res);
  }
  args[0].setInt32(status);
  Complete(rt, obj, args);
}

// getaddrinfo(req, hostname, family, hints, order)
bool GetAddrInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "The request must be an object");
  std::string host;
  if (!ToUtf8(cx, args.get(1), &host)) return false;
  int family;
  switch (Int32Arg(args.get(2), 0)) {
    case 4: family = AF_INET; break;
    case 6: family = AF_INET6; break;
    default: family = AF_UNSPEC; break;
  }
  struct addrinfo hints = {};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = Int32Arg(args.get(3), 0);
  Runtime* rt = Runtime::From(cx);
  auto* req = new AddrInfoReq(rt, &args[0].toObject(), Int32Arg(args.get(4), kOrderVerbatim));
  int err = uv_getaddrinfo(rt->loop(), req->uv_req(), AddrInfoReq::After, host.c_str(),
                           nullptr, &hints);
  if (err != 0) delete req;
  args.rval().setInt32(err);
  return true;
}

// --- getnameinfo -------------------------------------------------------------------

class NameInfoReq final : public loop::ReqWrap<uv_getnameinfo_t> {
 public:
  using ReqWrap::ReqWrap;
  static void After(uv_getnameinfo_t* req, int status, const char* hostname,
                    const char* service);
};

void NameInfoReq::After(uv_getnameinfo_t* uvreq, int status, const char* hostname,
                        const char* service) {
  auto* req = static_cast<NameInfoReq*>(From(uvreq));
  Runtime* rt = req->runtime();
  if (status == UV_ECANCELED || !rt->can_call_into_js()) {
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  JS::RootedValueArray<3> args(cx);
  args[0].setInt32(status);
  unsigned argc = 1;
  if (status == 0) {
    JSString* h = JS_NewStringCopyZ(cx, hostname);
    JSString* s = h ? JS_NewStringCopyZ(cx, service) : nullptr;
    if (!s) {
      delete req;
      rt->HandleUncaughtException();
      return;
    }
    args[1].setString(h);
    args[2].setString(s);
    argc = 3;
  }
  delete req;
  Complete(rt, obj, JS::HandleValueArray::subarray(args, 0, argc));
}

// getnameinfo(req, address, port)
bool GetNameInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "The request must be an object");
  std::string ip;
  if (!ToUtf8(cx, args.get(1), &ip)) return false;
  int port = Int32Arg(args.get(2), 0);
  struct sockaddr_storage addr;
  if (uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  Runtime* rt = Runtime::From(cx);
  auto* req = new NameInfoReq(rt, &args[0].toObject());
  int err = uv_getnameinfo(rt->loop(), req->uv_req(), NameInfoReq::After,
                           reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
  if (err != 0) delete req;
  args.rval().setInt32(err);
  return true;
}

// strerror(code): c-ares's text for an error code setServers returned.
bool StrError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int code = Int32Arg(args.get(0), 0);
  const char* text = code == cares_wrap::kSetServersPending ? "There are pending queries."
                                                            : ares_strerror(code);
  JSString* s = JS_NewStringCopyZ(cx, text);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("getaddrinfo", GetAddrInfo, 5, 0),
    JS_FN("getnameinfo", GetNameInfo, 3, 0),
    JS_FN("strerror", StrError, 1, 0),
    JS_FS_END};

}  // namespace

bool InitCaresWrap(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kFunctions)) return false;
  return SetNumber(cx, target, "AI_ADDRCONFIG", AI_ADDRCONFIG) &&
         SetNumber(cx, target, "AI_ALL", AI_ALL) &&
         SetNumber(cx, target, "AI_V4MAPPED", AI_V4MAPPED) &&
         SetNumber(cx, target, "DNS_ORDER_VERBATIM", kOrderVerbatim) &&
         SetNumber(cx, target, "DNS_ORDER_IPV4_FIRST", kOrderIpv4First) &&
         SetNumber(cx, target, "DNS_ORDER_IPV6_FIRST", kOrderIpv6First) &&
         cares_wrap::InitChannelWrap(cx, target);
}

}  // namespace eddy::bindings
