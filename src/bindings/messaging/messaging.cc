// eddy: the `messaging` binding: structuredClone over the engine's structured
// clone (same-process scope). Error objects are not cloneable by SpiderMonkey
// 102; lib/ handles them before calling in.
#include <js/StructuredClone.h>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

bool StructuredClone(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::CloneDataPolicy policy;
  policy.allowSharedMemoryObjects();
  policy.allowIntraClusterClonableSharedObjects();
  JSAutoStructuredCloneBuffer buf(JS::StructuredCloneScope::SameProcess,
                                  nullptr, nullptr);
  JS::RootedValue transfer(cx, args.get(1));
  if (!buf.write(cx, args.get(0), transfer, policy)) return false;
  return buf.read(cx, args.rval(), policy);
}

const JSFunctionSpec kMethods[] = {
    JS_FN("structuredClone", StructuredClone, 2, 0), JS_FS_END};

}  // namespace

bool InitMessaging(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
