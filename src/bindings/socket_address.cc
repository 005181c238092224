#include "bindings/socket_address.h"

#include <net/if.h>
#include <netinet/in.h>
#include <uv.h>

#include <cstring>

#include "engine/convert.h"

namespace eddy::bindings {

bool AddressToJS(JSContext* cx, JS::HandleObject out, const sockaddr* addr) {
  char ip[INET6_ADDRSTRLEN + IF_NAMESIZE + 1];
  int port;
  const char* family;
  if (addr->sa_family == AF_INET6) {
    auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    if (a6->sin6_scope_id) {
      size_t len = std::strlen(ip);
      char scope[IF_NAMESIZE + 1];
      size_t scope_len = sizeof(scope);
      if (uv_if_indextoname(a6->sin6_scope_id, scope, &scope_len) == 0 &&
          len + 1 + scope_len < sizeof(ip)) {
        ip[len] = '%';
        std::memcpy(ip + len + 1, scope, scope_len + 1);
      }
    }
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    family = "IPv4";
  } else {
    return true;  // node leaves the object empty
  }
  return SetString(cx, out, "address", ip) && SetString(cx, out, "family", family) &&
         SetNumber(cx, out, "port", port);
}

bool AddressArg(JSContext* cx, JS::HandleValue v, std::string* out) {
  if (!v.isString()) {
    out->clear();
    return true;
  }
  return ToUtf8(cx, v, out);
}

}  // namespace eddy::bindings
