// eddy: the `task_queue` binding (node's src/node_task_queue.cc): the tick
// info shared with lib/internal/process/task_queues.js, the tick callback the
// CallbackScope calls, the microtask drain and the unhandled-rejection list.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/Promise.h>
#include <js/experimental/TypedData.h>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

bool SetTickCallback(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  Runtime::From(cx)->set_tick_callback(&args[0].toObject());
  args.rval().setUndefined();
  return true;
}

bool RunMicrotasks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->RunMicrotasks();
  args.rval().setUndefined();
  return true;
}

bool EnqueueMicrotask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  JS::RootedObject job(cx, &args[0].toObject());
  args.rval().setUndefined();
  return Runtime::From(cx)->EnqueueMicrotask(job);
}

// takeRejections() -> [promise, reason, ...] reported unhandled since the last
// call, and handledLater: promises handled after being reported.
bool TakeRejections(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime* rt = Runtime::From(cx);
  auto& list = *rt->pending_rejections();
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedObject p(cx);
  JS::RootedValue v(cx);
  uint32_t n = 0;
  for (size_t i = 0; i < list.length(); i++) {
    p = list[i];
    v.setObject(*p);
    if (!JS_SetElement(cx, arr, n++, v)) return false;
    v = JS::GetPromiseResult(p);
    if (!JS_SetElement(cx, arr, n++, v)) return false;
  }
  list.clear();
  args.rval().setObject(*arr);
  return true;
}

bool TakeHandledLater(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto& list = *Runtime::From(cx)->handled_later();
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedValue v(cx);
  for (size_t i = 0; i < list.length(); i++) {
    v.setObject(*list[i]);
    if (!JS_SetElement(cx, arr, i, v)) return false;
  }
  list.clear();
  args.rval().setObject(*arr);
  return true;
}

// refEngineTask()/unrefEngineTask(): around WebAssembly calls whose promise
// an engine helper thread settles (lib/internal/bootstrap/polyfills.js).
bool RefEngineTask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->RefEngineTask();
  args.rval().setUndefined();
  return true;
}

bool UnrefEngineTask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->UnrefEngineTask();
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("refEngineTask", RefEngineTask, 0, 0),
    JS_FN("unrefEngineTask", UnrefEngineTask, 0, 0),
    JS_FN("setTickCallback", SetTickCallback, 1, 0),
    JS_FN("runMicrotasks", RunMicrotasks, 0, 0),
    JS_FN("enqueueMicrotask", EnqueueMicrotask, 1, 0),
    JS_FN("takeRejections", TakeRejections, 0, 0),
    JS_FN("takeHandledLater", TakeHandledLater, 0, 0), JS_FS_END};

}  // namespace

bool InitTaskQueue(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  Runtime* rt = Runtime::From(cx);
  JS::RootedObject buf(cx, JS::NewArrayBufferWithUserOwnedContents(
                               cx, sizeof(TickInfo), rt->tick_info()));
  if (!buf) return false;
  JS::RootedObject view(cx, JS_NewInt32ArrayWithBuffer(cx, buf, 0, 2));
  if (!view) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*view));
  return JS_DefineProperty(cx, target, "tickInfo", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
