// eddy: the `os` binding (node's src/node_os.cc): host facts from libuv for
// lib/os.js. Calls that can fail take a trailing `ctx` object; on failure
// they fill it with errno, code, message and syscall and return undefined
// (setPriority returns the errno), and lib/os.js throws ERR_SYSTEM_ERROR.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <netinet/in.h>
#include <uv.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

// Records a libuv failure on the caller's ctx object in the key order node
// uses (errno, code, message, syscall). Returns false only when JS failed.
bool FillErrorContext(JSContext* cx, JS::HandleValue ctx_value, int err,
                      const char* syscall) {
  if (!ctx_value.isObject()) return true;
  JS::RootedObject ctx(cx, &ctx_value.toObject());
  return SetNumber(cx, ctx, "errno", err) &&
         SetString(cx, ctx, "code", uv_err_name(err)) &&
         SetString(cx, ctx, "message", uv_strerror(err)) &&
         SetString(cx, ctx, "syscall", syscall);
}

// The failure answer of a ctx-taking call: ctx filled, result undefined.
bool Fail(JSContext* cx, JS::CallArgs& args, unsigned ctx_index, int err,
          const char* syscall) {
  args.rval().setUndefined();
  return FillErrorContext(cx, args.get(ctx_index), err, syscall);
}

bool ReturnString(JSContext* cx, JS::CallArgs& args, std::string_view s) {
  JSString* str = NewStringUtf8(cx, s);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

bool GetHostname(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buf;
  int err = uv_os_gethostname(buf, &size);
  if (err) return Fail(cx, args, 0, err, "uv_os_gethostname");
  return ReturnString(cx, args, std::string_view(buf, size));
}

// [sysname, version, release, machine]
bool GetOSInformation(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err) return Fail(cx, args, 0, err, "uv_os_uname");
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 4));
  if (!arr) return false;
  const char* parts[] = {info.sysname, info.version, info.release, info.machine};
  for (uint32_t i = 0; i < 4; i++) {
    JS::RootedString s(cx, NewStringUtf8(cx, parts[i]));
    if (!s || !JS_SetElement(cx, arr, i, s)) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

bool GetHomeDirectory(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string buf(4096, '\0');
  size_t size = buf.size();
  int err = uv_os_homedir(buf.data(), &size);
  if (err == UV_ENOBUFS) {  // size now holds the length it needs
    buf.resize(size + 1);
    size = buf.size();
    err = uv_os_homedir(buf.data(), &size);
  }
  if (err) return Fail(cx, args, 0, err, "uv_os_homedir");
  return ReturnString(cx, args, std::string_view(buf.data(), size));
}

bool GetUptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double uptime;
  int err = uv_uptime(&uptime);
  if (err) return Fail(cx, args, 0, err, "uv_uptime");
  args.rval().setNumber(uptime);
  return true;
}

bool GetTotalMem(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_get_total_memory()));
  return true;
}

bool GetFreeMem(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_get_free_memory()));
  return true;
}

bool GetAvailableParallelism(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_available_parallelism()));
  return true;
}

// [one, five, fifteen] minute load averages.
bool GetLoadAvg(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double avg[3];
  uv_loadavg(avg);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 3));
  if (!arr) return false;
  for (uint32_t i = 0; i < 3; i++) {
    if (!JS_SetElement(cx, arr, i, avg[i])) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

// A flat array, seven entries per CPU: model, speed (MHz) and the user,
// nice, sys, idle and irq times (ms). lib/os.js shapes the objects.
bool GetCPUs(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  if (uv_cpu_info(&cpus, &count) != 0) {
    args.rval().setObject(*arr);  // node answers [] when libuv cannot tell
    return true;
  }
  bool ok = true;
  uint32_t k = 0;
  for (int i = 0; ok && i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    JS::RootedString model(cx, NewStringUtf8(cx, c.model ? c.model : ""));
    ok = model && JS_SetElement(cx, arr, k++, model) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.speed)) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.cpu_times.user)) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.cpu_times.nice)) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.cpu_times.sys)) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.cpu_times.idle)) &&
         JS_SetElement(cx, arr, k++, static_cast<double>(c.cpu_times.irq));
  }
  uv_free_cpu_info(cpus, count);
  if (!ok) return false;
  args.rval().setObject(*arr);
  return true;
}

// A flat array, seven entries per address: interface name, address,
// netmask, family ('IPv4'/'IPv6'), mac, internal, scope id (-1 for IPv4).
bool GetInterfaceAddresses(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_interface_address_t* addrs = nullptr;
  int count = 0;
  int err = uv_interface_addresses(&addrs, &count);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  if (err == UV_ENOSYS) {
    args.rval().setObject(*arr);
    return true;
  }
  if (err) {
    return Fail(cx, args, 0, err, "uv_interface_addresses");
  }
  bool ok = true;
  uint32_t k = 0;
  for (int i = 0; ok && i < count; i++) {
    const uv_interface_address_t& a = addrs[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    const char* family;
    double scope_id = -1;
    if (a.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a.address.address4, ip, sizeof ip);
      uv_ip4_name(&a.netmask.netmask4, mask, sizeof mask);
      family = "IPv4";
    } else if (a.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a.address.address6, ip, sizeof ip);
      uv_ip6_name(&a.netmask.netmask6, mask, sizeof mask);
      family = "IPv6";
      scope_id = a.address.address6.sin6_scope_id;
    } else {
      std::snprintf(ip, sizeof ip, "<unknown sa family>");
      family = "unknown";
    }
    char mac[18];
    const auto* p = reinterpret_cast<const unsigned char*>(a.phys_addr);
    std::snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1],
                  p[2], p[3], p[4], p[5]);
    JS::RootedString name(cx, NewStringUtf8(cx, a.name));
    JS::RootedString ip_s(cx, name ? NewStringUtf8(cx, ip) : nullptr);
    JS::RootedString mask_s(cx, ip_s ? NewStringUtf8(cx, mask) : nullptr);
    JS::RootedString family_s(cx, mask_s ? NewStringUtf8(cx, family) : nullptr);
    JS::RootedString mac_s(cx, family_s ? NewStringUtf8(cx, mac) : nullptr);
    JS::RootedValue internal(cx, JS::BooleanValue(a.is_internal != 0));
    ok = mac_s && JS_SetElement(cx, arr, k++, name) &&
         JS_SetElement(cx, arr, k++, ip_s) &&
         JS_SetElement(cx, arr, k++, mask_s) &&
         JS_SetElement(cx, arr, k++, family_s) &&
         JS_SetElement(cx, arr, k++, mac_s) &&
         JS_SetElement(cx, arr, k++, internal) &&
         JS_SetElement(cx, arr, k++, scope_id);
  }
  uv_free_interface_addresses(addrs, count);
  if (!ok) return false;
  args.rval().setObject(*arr);
  return true;
}

// getPriority(pid, ctx): the nice value, or undefined with ctx filled.
bool GetPriority(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int pid = args.get(0).isInt32() ? args[0].toInt32() : 0;
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err) return Fail(cx, args, 1, err, "uv_os_getpriority");
  args.rval().setInt32(priority);
  return true;
}

// setPriority(pid, priority, ctx): 0, or the errno with ctx filled.
bool SetPriority(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int pid = args.get(0).isInt32() ? args[0].toInt32() : 0;
  int priority = args.get(1).isInt32() ? args[1].toInt32() : 0;
  int err = uv_os_setpriority(pid, priority);
  if (err && !FillErrorContext(cx, args.get(2), err, "uv_os_setpriority")) {
    return false;
  }
  args.rval().setInt32(err);
  return true;
}

// A Uint8Array holding a copy of `s` (for userInfo's non-UTF-8 encodings,
// which lib/os.js turns into Buffers or re-encoded strings).
JSObject* NewBytes(JSContext* cx, const char* s) {
  size_t len = std::strlen(s);
  JS::RootedObject arr(cx, JS_NewUint8Array(cx, len));
  if (!arr) return nullptr;
  JS::AutoCheckCannotGC nogc;
  bool shared;
  std::memcpy(JS_GetUint8ArrayData(arr, &shared, nogc), s, len);
  return arr;
}

bool DefineText(JSContext* cx, JS::HandleObject obj, const char* name,
                const char* value, bool as_bytes) {
  JS::RootedValue v(cx);
  if (value == nullptr) {
    v.setNull();
  } else if (as_bytes) {
    JSObject* bytes = NewBytes(cx, value);
    if (!bytes) return false;
    v.setObject(*bytes);
  } else {
    JSString* s = NewStringUtf8(cx, value);
    if (!s) return false;
    v.setString(s);
  }
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

// getUserInfo(asBytes, ctx): { uid, gid, username, homedir, shell } with a
// null prototype; text fields are strings, or Uint8Arrays when asBytes.
bool GetUserInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  bool as_bytes = JS::ToBoolean(args.get(0));
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err) return Fail(cx, args, 1, err, "uv_os_get_passwd");
  JS::RootedObject obj(cx, JS_NewObjectWithGivenProto(cx, nullptr, nullptr));
  bool ok = obj && SetNumber(cx, obj, "uid", static_cast<double>(pwd.uid)) &&
            SetNumber(cx, obj, "gid", static_cast<double>(pwd.gid)) &&
            DefineText(cx, obj, "username", pwd.username, as_bytes) &&
            DefineText(cx, obj, "homedir", pwd.homedir, as_bytes) &&
            DefineText(cx, obj, "shell", pwd.shell, as_bytes);
  uv_os_free_passwd(&pwd);
  if (!ok) return false;
  args.rval().setObject(*obj);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getHostname", GetHostname, 1, 0),
    JS_FN("getOSInformation", GetOSInformation, 1, 0),
    JS_FN("getHomeDirectory", GetHomeDirectory, 1, 0),
    JS_FN("getUptime", GetUptime, 1, 0),
    JS_FN("getTotalMem", GetTotalMem, 0, 0),
    JS_FN("getFreeMem", GetFreeMem, 0, 0),
    JS_FN("getAvailableParallelism", GetAvailableParallelism, 0, 0),
    JS_FN("getLoadAvg", GetLoadAvg, 0, 0),
    JS_FN("getCPUs", GetCPUs, 0, 0),
    JS_FN("getInterfaceAddresses", GetInterfaceAddresses, 1, 0),
    JS_FN("getPriority", GetPriority, 2, 0),
    JS_FN("setPriority", SetPriority, 3, 0),
    JS_FN("getUserInfo", GetUserInfo, 2, 0),
    JS_FS_END};

}  // namespace

bool InitOs(JSContext* cx, JS::HandleObject target) {
  const uint16_t probe = 1;
  bool big_endian = *reinterpret_cast<const uint8_t*>(&probe) == 0;
  JS::RootedValue be(cx, JS::BooleanValue(big_endian));
  return JS_DefineFunctions(cx, target, kMethods) &&
         JS_DefineProperty(cx, target, "isBigEndian", be, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
