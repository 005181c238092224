// eddy: HandleWrap, the base of every long-lived libuv handle exposed to JS
// (node's src/handle_wrap.h). Subclasses: SignalWrap, StreamWrap (TCP, pipe,
// TTY; loop/stream_wrap.h); process and fs watchers later.
//
// Rules:
// - While the handle is open, the JS object is kept alive: the Runtime lists
//   every HandleWrap and its tracer marks object_.
// - ref()/unref() change libuv liveness only, never GC roots.
// - close() is idempotent. The uv close callback is the one place the C++
//   object is freed; it calls the JS close callback (if one was passed)
//   through a CallbackScope, clears slot 0 and leaves the Runtime's list.
// - Teardown closes whatever is still open (without calling into JS).
#ifndef EDDY_LOOP_HANDLE_WRAP_H_
#define EDDY_LOOP_HANDLE_WRAP_H_

#include <jsapi.h>
#include <uv.h>

#include "engine/runtime.h"

namespace eddy::loop {

class HandleWrap {
 public:
  enum State { kInitialized, kClosing, kClosed };

  HandleWrap(Runtime* rt, JSObject* object, uv_handle_t* handle);
  virtual ~HandleWrap();
  HandleWrap(const HandleWrap&) = delete;
  HandleWrap& operator=(const HandleWrap&) = delete;

  Runtime* runtime() const { return rt_; }
  JSObject* object() const { return object_; }
  uv_handle_t* handle() { return handle_; }
  State state() const { return state_; }

  // Starts closing; `close_cb` (may be undefined) runs from the close callback.
  void Close(JS::HandleValue close_cb);
  // Called by Runtime::Teardown: close without calling into JS.
  void CloseForTeardown();

  // JSNatives shared by all handle classes; `cls` checks `this`.
  static bool JSClose(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool JSRef(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool JSUnref(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool JSHasRef(JSContext* cx, unsigned argc, JS::Value* vp);
  // The methods above, for a class's JSFunctionSpec list.
  static const JSFunctionSpec kMethods[];

  void Trace(JSTracer* trc);

  // Runs once, right before the handle starts closing (close(), reset,
  // teardown): a stream sends what it still holds back (auto-cork).
  virtual void BeforeClose() {}

  // Finds the HandleWrap behind `this` for any class built on HandleWrap
  // (classes register through IsHandleClass).
  static HandleWrap* FromThis(JSContext* cx, const JS::CallArgs& args);
  static void RegisterClass(const JSClass* cls);
  // Backstop finalizer for every handle class: the handle must be closed.
  static void Finalize(JS::GCContext* gcx, JSObject* obj);
  // Number of handle wrapper objects finalized so far (for tests).
  static size_t finalized_count();

 protected:
  // For close-like libuv calls other than uv_close (uv_tcp_close_reset): marks
  // the handle closing with `close_cb` and returns true when the caller must
  // now start the close with `close_callback()`; false when not open.
  bool BeginClose(JS::HandleValue close_cb);
  static uv_close_cb close_callback() { return OnClose; }
  // For a subclass whose uv_*_init failed (the handle never joined the loop):
  // leaves the Runtime's list and empties slot 0; the caller deletes it.
  void AbandonUninitialized();

 private:
  static void OnClose(uv_handle_t* handle);

  Runtime* rt_;
  JS::Heap<JSObject*> object_;
  JS::Heap<JS::Value> close_cb_;
  uv_handle_t* handle_;
  State state_ = kInitialized;
  HandleWrap* prev_ = nullptr;
  HandleWrap* next_ = nullptr;
  friend class eddy::Runtime;
};

}  // namespace eddy::loop

#endif  // EDDY_LOOP_HANDLE_WRAP_H_
