// eddy: socket addresses as JS objects, shared by tcp_wrap and udp_wrap.
#ifndef EDDY_BINDINGS_SOCKET_ADDRESS_H_
#define EDDY_BINDINGS_SOCKET_ADDRESS_H_

#include <jsapi.h>
#include <sys/socket.h>
#include <uv.h>

#include <string>

namespace eddy::bindings {

// Fills out.address/family/port from a socket address, as node's
// AddressToJS does (an IPv6 scope id is appended as `%ifname`; families
// other than IPv4/IPv6 leave `out` empty).
bool AddressToJS(JSContext* cx, JS::HandleObject out, const sockaddr* addr);

// An address argument: a string (anything else reads as "").
bool AddressArg(JSContext* cx, JS::HandleValue v, std::string* out);

// Parses `ip` and `port` of the family (4 or 6) into *addr: 0, or a negative
// libuv error (UV_EINVAL for a negative port).
template <int kFamily>
int ParseSockAddr(const std::string& ip, int port, sockaddr_storage* addr) {
  if (port < 0) return UV_EINVAL;
  return kFamily == 4 ? uv_ip4_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in*>(addr))
                      : uv_ip6_addr(ip.c_str(), port, reinterpret_cast<sockaddr_in6*>(addr));
}

// getsockname(out)/getpeername(out) for a socket handle: `get(addr, &len)` is
// the libuv call; its status is returned (UV_EBADF when `open` is false,
// UV_EINVAL without an `out` object) and the address fills `out`.
template <typename Get>
bool GetNameInto(JSContext* cx, const JS::CallArgs& args, bool open, Get get) {
  if (!open || !args.get(0).isObject()) {
    args.rval().setInt32(open ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject out(cx, &args[0].toObject());
  sockaddr_storage addr;
  int len = sizeof(addr);
  int err = get(reinterpret_cast<sockaddr*>(&addr), &len);
  if (err == 0 && !AddressToJS(cx, out, reinterpret_cast<sockaddr*>(&addr))) return false;
  args.rval().setInt32(err);
  return true;
}

}  // namespace eddy::bindings

#endif  // EDDY_BINDINGS_SOCKET_ADDRESS_H_
