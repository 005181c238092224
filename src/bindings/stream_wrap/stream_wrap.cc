// eddy: the `stream_wrap` binding (node's src/stream_wrap.cc initializer):
// LibuvStreamWrap (the prototype TCP, Pipe and TTY inherit their stream
// methods from), the WriteWrap and ShutdownWrap request classes, and
// streamBaseState, the Int32Array through which writes and reads report
// sizes without allocating (see src/loop/stream_wrap.h).
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

const JSClass kLibuvStreamWrapClass = {"LibuvStreamWrap", 0, nullptr};
const JSClass kWriteWrapClass = {"WriteWrap", 0, nullptr};
const JSClass kShutdownWrapClass = {"ShutdownWrap", 0, nullptr};

bool IllegalConstructor(JSContext* cx, unsigned argc, JS::Value* vp) {
  return ThrowTypeError(cx, "Illegal constructor");
}

// flushAutoCorked(): sends every corked write now and turns corking off
// (lib/ calls it on process 'exit').
bool FlushAutoCorked(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  loop::StreamWrap::FlushAllCorked(true);
  args.rval().setUndefined();
  return true;
}

}  // namespace

bool InitStreamWrap(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject proto(cx, JS_InitClass(cx, target, nullptr, &kLibuvStreamWrapClass,
                                          IllegalConstructor, 0,
                                          loop::StreamWrap::kProperties,
                                          loop::StreamWrap::kMethods, nullptr, nullptr));
  if (!proto) return false;
  if (!JS_DefineProperty(cx, proto, "isStreamBase", JS::TrueHandleValue, 0)) return false;
  if (!JS_InitClass(cx, target, nullptr, &kWriteWrapClass,
                    loop::NewRequestObject<&kWriteWrapClass>, 0, nullptr, nullptr,
                    nullptr, nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kShutdownWrapClass,
                    loop::NewRequestObject<&kShutdownWrapClass>, 0, nullptr, nullptr,
                    nullptr, nullptr)) {
    return false;
  }
  JS::RootedObject buf(cx, JS::NewArrayBufferWithUserOwnedContents(
                               cx, sizeof(int32_t) * loop::kStreamBaseStateLength,
                               loop::StreamBaseState()));
  if (!buf) return false;
  JS::RootedObject view(cx, JS_NewInt32ArrayWithBuffer(cx, buf, 0, -1));
  if (!view) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*view));
  return JS_DefineProperty(cx, target, "streamBaseState", v, JSPROP_ENUMERATE) &&
         JS_DefineFunction(cx, target, "flushAutoCorked", FlushAutoCorked, 0, 0) &&
         SetNumber(cx, target, "kReadBytesOrError", loop::kReadBytesOrError) &&
         SetNumber(cx, target, "kArrayBufferOffset", loop::kArrayBufferOffset) &&
         SetNumber(cx, target, "kBytesWritten", loop::kBytesWritten) &&
         SetNumber(cx, target, "kLastWriteWasAsync", loop::kLastWriteWasAsync);
}

}  // namespace eddy::bindings
