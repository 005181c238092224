// eddy: the `v8` binding behind node:v8, answered with SpiderMonkey's figures.
//   getHeapStatistics() -> [total_heap_size, total_heap_size_executable,
//     total_physical_size, total_available_size, used_heap_size,
//     heap_size_limit, malloced_memory, peak_malloced_memory,
//     number_of_native_contexts, number_of_detached_contexts]
// The GC heap is the engine's: used = GC bytes, total = the GC chunks in use
// (as process.memoryUsage().heapTotal), limit = the engine's max bytes.
#include <js/Array.h>
#include <js/GCAPI.h>

#include "bindings/registry.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

bool GetHeapStatistics(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const double used = JS_GetGCParameter(cx, JSGC_BYTES);
  const double chunk = JS_GetGCParameter(cx, JSGC_CHUNK_BYTES);
  double total = JS_GetGCParameter(cx, JSGC_TOTAL_CHUNKS) * chunk;
  if (total < used) total = used;
  const double limit = JS_GetGCParameter(cx, JSGC_MAX_BYTES);
  const double nursery = JS_GetGCParameter(cx, JSGC_NURSERY_BYTES);
  JS::RootedValueArray<10> v(cx);
  v[0].setNumber(total + nursery);                       // total_heap_size
  v[1].setNumber(0.0);                                   // total_heap_size_executable
  v[2].setNumber(total + nursery);                       // total_physical_size
  v[3].setNumber(limit > used ? limit - used : 0.0);     // total_available_size
  v[4].setNumber(used);                                  // used_heap_size
  v[5].setNumber(limit);                                 // heap_size_limit
  v[6].setNumber(0.0);                                   // malloced_memory
  v[7].setNumber(0.0);                                   // peak_malloced_memory
  v[8].setNumber(1.0);                                   // number_of_native_contexts
  v[9].setNumber(0.0);                                   // number_of_detached_contexts
  JSObject* arr = JS::NewArrayObject(cx, v);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getHeapStatistics", GetHeapStatistics, 0, 0), JS_FS_END};

}  // namespace

bool InitV8(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
