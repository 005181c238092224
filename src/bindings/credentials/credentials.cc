// eddy: the `credentials` binding (node's src/node_credentials.cc): user and
// group ids for process.getuid() and friends.
#include <grp.h>
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <unistd.h>

#include <vector>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

template <unsigned (*F)()>
bool IdGetter(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(F()));
  return true;
}

unsigned Uid() { return getuid(); }
unsigned Euid() { return geteuid(); }
unsigned Gid() { return getgid(); }
unsigned Egid() { return getegid(); }

bool GetGroups(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  if (n > 0) n = getgroups(n, groups.data());
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  gid_t egid = getegid();
  bool seen = false;
  uint32_t k = 0;
  for (int i = 0; i < n; i++) {
    if (groups[i] == egid) seen = true;
    if (!JS_SetElement(cx, arr, k++, static_cast<double>(groups[i]))) return false;
  }
  if (!seen && !JS_SetElement(cx, arr, k++, static_cast<double>(egid))) return false;
  args.rval().setObject(*arr);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getuid", IdGetter<Uid>, 0, 0), JS_FN("geteuid", IdGetter<Euid>, 0, 0),
    JS_FN("getgid", IdGetter<Gid>, 0, 0), JS_FN("getegid", IdGetter<Egid>, 0, 0),
    JS_FN("getgroups", GetGroups, 0, 0), JS_FS_END};

}  // namespace

bool InitCredentials(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
