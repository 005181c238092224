// eddy: the `timers` binding (node's src/timers.cc): one uv timer per Runtime
// plus the immediate check/idle pair; the lists live in lib/internal/timers.js.
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

bool SetupTimers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !args.get(1).isObject()) return false;
  Runtime::From(cx)->set_timers_callbacks(&args[0].toObject(), &args[1].toObject());
  args.rval().setUndefined();
  return true;
}

bool ScheduleTimer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double ms = args.get(0).isNumber() ? args[0].toNumber() : 1;
  Runtime::From(cx)->ScheduleTimer(ms >= 1 ? static_cast<int64_t>(ms) : 1);
  args.rval().setUndefined();
  return true;
}

bool ToggleTimerRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->ToggleTimerRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

bool ToggleImmediateRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->ToggleImmediateRef(JS::ToBoolean(args.get(0)));
  args.rval().setUndefined();
  return true;
}

bool GetLibuvNow(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(Runtime::From(cx)->GetLibuvNow());
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("setupTimers", SetupTimers, 2, 0),
    JS_FN("scheduleTimer", ScheduleTimer, 1, 0),
    JS_FN("toggleTimerRef", ToggleTimerRef, 1, 0),
    JS_FN("toggleImmediateRef", ToggleImmediateRef, 1, 0),
    JS_FN("getLibuvNow", GetLibuvNow, 0, 0), JS_FS_END};

}  // namespace

bool InitTimers(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  Runtime* rt = Runtime::From(cx);
  JS::RootedObject buf(cx, JS::NewArrayBufferWithUserOwnedContents(
                               cx, sizeof(ImmediateInfo), rt->immediate_info()));
  if (!buf) return false;
  JS::RootedObject view(cx, JS_NewUint32ArrayWithBuffer(cx, buf, 0, 3));
  if (!view) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*view));
  return JS_DefineProperty(cx, target, "immediateInfo", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
