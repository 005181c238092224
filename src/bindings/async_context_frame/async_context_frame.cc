// eddy: the `async_context_frame` binding: lib/internal/async_hooks.js reads
// and writes the Runtime's current async context frame (the map of
// AsyncLocalStorage stores that promise jobs, queueMicrotask callbacks and
// callbacks from libuv carry along; see Runtime::async_frame()).
//   getFrame() -> frame or undefined
//   setFrame(frame)
//   resetResourceFrame(object): callbacks to `object` (a handle or request
//     object) run in the current frame from now on (a reused socket).
//   frameInfo: Int32Array; [0] is 1 while a frame is set, so lib/ captures
//   nothing (and calls nothing) in the common case; [1] changes whenever
//   the frame does, so lib/ can keep the frame it last read.
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>

#include "bindings/registry.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

bool GetFrame(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().set(Runtime::From(cx)->async_frame());
  return JS_WrapValue(cx, args.rval());
}

bool SetFrame(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->SetAsyncFrame(args.get(0));
  args.rval().setUndefined();
  return true;
}

bool ResetResourceFrame(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime* rt = Runtime::From(cx);
  if (args.get(0).isObject() && rt->async_frames_used()) {
    rt->TagAsyncResource(&args[0].toObject());
  }
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getFrame", GetFrame, 0, 0),
    JS_FN("resetResourceFrame", ResetResourceFrame, 1, 0),
    JS_FN("setFrame", SetFrame, 1, 0), JS_FS_END};

}  // namespace

bool InitAsyncContextFrame(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  Runtime* rt = Runtime::From(cx);
  JS::RootedObject buf(cx, JS::NewArrayBufferWithUserOwnedContents(
                               cx, 2 * sizeof(int32_t), rt->async_frame_info()));
  if (!buf) return false;
  JS::RootedObject view(cx, JS_NewInt32ArrayWithBuffer(cx, buf, 0, 2));
  if (!view) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*view));
  return JS_DefineProperty(cx, target, "frameInfo", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
