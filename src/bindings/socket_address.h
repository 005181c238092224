// eddy: socket addresses as JS objects, shared by tcp_wrap and udp_wrap.
#ifndef EDDY_BINDINGS_SOCKET_ADDRESS_H_
#define EDDY_BINDINGS_SOCKET_ADDRESS_H_

#include <jsapi.h>
#include <sys/socket.h>

namespace eddy::bindings {

// Fills out.address/family/port from a socket address, as node's
// AddressToJS does (an IPv6 scope id is appended as `%ifname`; families
// other than IPv4/IPv6 leave `out` empty).
bool AddressToJS(JSContext* cx, JS::HandleObject out, const sockaddr* addr);

}  // namespace eddy::bindings

#endif  // EDDY_BINDINGS_SOCKET_ADDRESS_H_
