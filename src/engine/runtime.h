// eddy: the Runtime, one per JSContext. It owns the context, the global, the
// libuv loop, the promise job queue, the handle list and the hooks lib/ gives
// C++ (nextTick drain, uncaught-exception handler, timer callbacks). Found from
// a JSContext with Runtime::From(cx). Mirrors node's Environment (src/env.h)
// and gjs's GjsContextPrivate.
//
// Rules:
// - Every entry from libuv into JavaScript goes through a CallbackScope
//   (loop/callback_scope.h). When the outermost scope closes, the nextTick queue
//   drains, then promise jobs, until both are empty.
// - Heap pointers held here are JS::Heap traced by TraceRoots.
// - JSAPI-calling methods return bool; false means an exception is pending (or
//   the context is terminating).
#ifndef EDDY_ENGINE_RUNTIME_H_
#define EDDY_ENGINE_RUNTIME_H_

#include <jsapi.h>
#include <js/Promise.h>
#include <js/GCVector.h>
#include <uv.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/options.h"

namespace eddy {

namespace loop {
class HandleWrap;
class ReqWrapBase;
}

// Shared with JS as an Int32Array over C++-owned memory (never moves).
struct TickInfo {
  int32_t has_tick_scheduled;
  int32_t has_rejection_to_warn;
};

// Shared with JS as a Uint32Array (lib/internal/timers.js immediateInfo).
struct ImmediateInfo {
  uint32_t count;
  uint32_t ref_count;
  uint32_t has_outstanding;
};

class Runtime final : public JS::JobQueue {
 public:
  explicit Runtime(cli::Options options);
  ~Runtime() override;
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  static Runtime* From(JSContext* cx) {
    return static_cast<Runtime*>(JS_GetContextPrivate(cx));
  }

  // Creates the context and global. Returns false (message printed) on failure.
  [[nodiscard]] bool Init();
  // Runs lib/internal/bootstrap and the main entry; spins the loop; emits
  // beforeExit/exit. Returns the process exit code.
  int Run();
  // Closes every handle and runs the loop until their close callbacks are
  // done; returns uv_loop_close's result (0 when clean). Idempotent.
  int CloseLoop();
  // Writes what stdout/stderr stream handles still have queued (see .cc).
  void FlushStdioForExit();
  // CloseLoop, then releases every root and destroys the context.
  int Teardown();

  JSContext* cx() const { return cx_; }
  uv_loop_t* loop() { return &loop_; }
  JSObject* global() const { return global_; }
  JSObject* process_object() const { return process_; }
  const cli::Options& options() const { return options_; }
  TickInfo* tick_info() { return &tick_info_; }
  ImmediateInfo* immediate_info() { return &immediate_info_; }
  bool can_call_into_js() const { return !stopping_; }
  // lib/ brackets calls that start engine tasks (WebAssembly.compile and
  // instantiate) with these: the loop stays alive until the task's promise
  // settles (the task itself comes back through DispatchToEventLoop).
  void RefEngineTask();
  void UnrefEngineTask();
  // uv_hrtime() stamps for performance.nodeTiming (0 = not yet).
  struct Milestones {
    uint64_t bootstrap_complete = 0;
    uint64_t loop_start = 0;
    uint64_t loop_exit = 0;
  };
  Milestones* milestones() { return &milestones_; }
  bool is_stopping() const { return stopping_; }

  // --- JS hooks set by lib/ through bindings ---------------------------------
  void set_tick_callback(JSObject* f) { tick_callback_ = f; }
  void set_fatal_exception(JSObject* handler, JSObject* printer) {
    fatal_exception_ = handler;
    print_fatal_ = printer;
  }
  void set_timers_callbacks(JSObject* immediate, JSObject* timers) {
    process_immediate_ = immediate;
    process_timers_ = timers;
  }
  void set_emit_process_event(JSObject* f) { emit_process_event_ = f; }
  enum ModuleHook { kResolveHook, kImportMetaHook, kDynamicImportHook, kModuleHookCount };
  JSObject* module_hook(ModuleHook h) const { return module_hooks_[h]; }
  void set_module_hook(ModuleHook h, JSObject* f) { module_hooks_[h] = f; }
  void set_main_module_promise(JSObject* p) { main_module_promise_ = p; }

  // --- the door from libuv into JS ------------------------------------------
  // Calls `fn` with `recv` and `args`. An exception goes to the uncaught path
  // and the call returns false. Does not drain queues: CallbackScope does.
  bool CallAndReport(JS::HandleValue recv, JS::HandleValue fn,
                     const JS::HandleValueArray& args,
                     JS::MutableHandleValue rval);
  // CallbackScope + CallAndReport.
  bool MakeCallback(JS::HandleValue recv, JS::HandleValue fn,
                    const JS::HandleValueArray& args,
                    JS::MutableHandleValue rval);
  // Runs after the outermost callback: nextTicks, promise jobs, rejections.
  void TickAfterCallback();
  int callback_depth() const { return callback_depth_; }
  void EnterCallback() { callback_depth_++; }
  void LeaveCallback();

  // Appends a function to the promise job queue (queueMicrotask).
  [[nodiscard]] bool EnqueueMicrotask(JS::HandleObject fn);
  // Drains the promise job queue; a throwing job goes to the uncaught path.
  void RunMicrotasks();
  // Takes the pending exception and routes it: 'uncaughtException' listeners,
  // or print and exit. `from_promise` marks unhandled rejections.
  void HandleUncaughtException(bool from_promise = false);
  void ReportUncaught(JS::HandleValue error, JS::HandleObject stack,
                      bool from_promise);
  // Flushes nothing (stdio writes are synchronous) and exits the process.
  [[noreturn]] void Exit(int code);

  // Unhandled promise rejections, in the order the engine reported them.
  JS::PersistentRootedObjectVector* pending_rejections() {
    return pending_rejections_;
  }
  JS::PersistentRootedObjectVector* handled_later() { return handled_later_; }

  // --- handles ----------------------------------------------------------------
  size_t handle_count() const {
    size_t n = 0;
    for (loop::HandleWrap* w = handles_head_; w; w = NextHandle(w)) n++;
    return n;
  }
  static loop::HandleWrap* NextHandle(loop::HandleWrap* w);
  void AddRequest(loop::ReqWrapBase* r);
  void RemoveRequest(loop::ReqWrapBase* r);
  size_t request_count() const { return request_count_; }
  void AddHandle(loop::HandleWrap* w);
  void RemoveHandle(loop::HandleWrap* w);

  // --- timers (the single uv timer and the immediate check/idle pair) -------
  void ScheduleTimer(int64_t duration_ms);
  void ToggleTimerRef(bool ref);
  void ToggleImmediateRef(bool ref);
  double GetLibuvNow();

  // The binding cache for internalBinding(name).
  JSObject* binding_cache() const { return binding_cache_; }

  // Source text of a script by file name, for the error arrow (file:line,
  // source line, caret). Embedded lib/ ids and eval code are kept here.
  void RememberSource(const std::string& name, std::string source);
  bool GetSourceLine(const std::string& name, uint32_t line, std::string* out);

  // Exit code chosen by a fatal path (uncaught exception = 1, ...).
  int exit_code() const { return exit_code_; }

  // --- async context (AsyncLocalStorage; lib/internal/async_hooks.js) -------
  // The current async context frame: undefined (none, the common case) or
  // the object lib/ made. A promise job or queueMicrotask callback runs with
  // the frame that was current when it was queued; a callback from libuv
  // into a request or handle object runs with the frame that was current
  // when its ReqWrap/HandleWrap was created. Nothing is captured while the
  // frame is undefined, and until a frame is first set nothing is looked up.
  const JS::Value& async_frame() const { return async_frame_.get(); }
  void SetAsyncFrame(const JS::Value& frame) {
    async_frame_ = frame;
    async_frame_info_[0] = frame.isUndefined() ? 0 : 1;
    async_frame_info_[1]++;
    if (!frame.isUndefined()) async_frames_used_ = true;
  }
  // [0]: 1 while the frame is not undefined (lib/ reads it before capturing);
  // [1]: counts frame changes (lib/ caches the frame it last read).
  int32_t* async_frame_info() { return async_frame_info_; }
  // Makes the current frame the one `resource`'s callbacks run in (done for
  // every ReqWrap/HandleWrap at creation once frames are in use; lib/ calls
  // it again when a pooled socket changes hands). Never GCs.
  void TagAsyncResource(JSObject* resource);
  bool async_frames_used() const { return async_frames_used_; }

 private:
  // JS::JobQueue
  JSObject* getIncumbentGlobal(JSContext* cx) override;
  bool enqueuePromiseJob(JSContext* cx, JS::HandleObject promise,
                         JS::HandleObject job, JS::HandleObject allocation_site,
                         JS::HandleObject incumbent_global) override;
  void runJobs(JSContext* cx) override;
  bool empty() const override;
  js::UniquePtr<JS::JobQueue::SavedJobQueue> saveJobQueue(JSContext*) override;
  class SavedQueue;

  static void TraceRoots(JSTracer* trc, void* data);
  static void PromiseRejectionTracker(JSContext* cx, bool muted,
                                      JS::HandleObject promise,
                                      JS::PromiseRejectionHandlingState state,
                                      void* data);
  static void OnTimer(uv_timer_t* handle);
  static void OnCheckImmediate(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle) {}

  bool Bootstrap();
  bool RunBootstrapFunction(const char* id, JS::HandleValueArray args,
                            JS::MutableHandleValue rval);
  bool EmitProcessEvent(const char* name, int* code);
  static void CleanupFinalizationRegistry(JSFunction* do_cleanup,
                                          JSObject* incumbent_global, void* data);
  static void OnFinalizationRegistryAsync(uv_async_t* handle);
  static bool DispatchToEventLoop(void* closure, JS::Dispatchable* task);
  static void OnEngineTaskAsync(uv_async_t* handle);
  void RunEngineTasks(JS::Dispatchable::MaybeShuttingDown mode);

  void PrintFallback(JS::HandleValue error, JS::HandleObject stack);
  void PrintFatal(JS::HandleValue error, JS::HandleObject stack);
  // Whether the source line of `frame` holds a `throw` statement.
  bool IsThrowStatement(JS::HandleObject frame);
  std::string BuildArrow(JS::HandleValue error, JS::HandleObject stack,
                         bool from_promise);
  // Async context helpers (see async_frame()).
  JSObject* NewFramedJob(JSContext* cx, JS::HandleObject job);
  void FlushAsyncTags();
  bool CallInResourceFrame(JS::HandleValue recv, JS::HandleValue fn,
                           const JS::HandleValueArray& args,
                           JS::MutableHandleValue rval);

  cli::Options options_;
  JSContext* cx_ = nullptr;
  uv_loop_t loop_;
  bool loop_initialized_ = false;
  int loop_close_result_ = 0;
  JS::PersistentRootedObject* global_root_ = nullptr;
  JSObject* global_ = nullptr;  // same object as global_root_, for speed
  JS::Heap<JSObject*> process_;
  JS::Heap<JSObject*> binding_cache_;
  JS::Heap<JSObject*> tick_callback_;
  JS::Heap<JSObject*> fatal_exception_;
  JS::Heap<JSObject*> print_fatal_;
  JS::Heap<JSObject*> process_immediate_;
  JS::Heap<JSObject*> process_timers_;
  JS::Heap<JSObject*> emit_process_event_;
  JS::Heap<JSObject*> module_hooks_[kModuleHookCount];
  JS::Heap<JSObject*> main_module_promise_;
  JS::Heap<JS::Value> async_frame_;
  // WeakMap: request/handle object -> the frame current at its creation.
  JS::Heap<JSObject*> async_resource_frames_;
  // (object, frame) pairs not yet in async_resource_frames_.
  JS::PersistentRooted<JS::GCVector<JS::Value, 0, js::SystemAllocPolicy>>*
      pending_async_tags_ = nullptr;
  int32_t async_frame_info_[2] = {0, 0};
  bool async_frames_used_ = false;

  // Promise jobs; drained by index so jobs queued while draining run in the
  // same pass (FIFO).
  JS::PersistentRooted<JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>>*
      jobs_ = nullptr;
  bool draining_jobs_ = false;
  JS::PersistentRootedObjectVector* pending_rejections_ = nullptr;
  // Promises handled after they were reported unhandled ('rejectionHandled').
  JS::PersistentRootedObjectVector* handled_later_ = nullptr;
  // FinalizationRegistry cleanup functions queued during GC.
  JS::PersistentRootedObjectVector* fr_cleanup_ = nullptr;
  uv_async_t fr_async_;
  // Engine tasks finished on helper threads (off-thread WebAssembly
  // compilation) come back through JS::DispatchToEventLoop: queued here
  // under the mutex, run on the loop thread from task_async_.
  std::mutex task_mu_;
  std::vector<JS::Dispatchable*> task_queue_;
  bool task_closed_ = false;
  uv_async_t task_async_;
  int engine_tasks_ = 0;
  uint64_t timer_base_ = 0;

  TickInfo tick_info_{};
  ImmediateInfo immediate_info_{};
  int callback_depth_ = 0;
  bool in_tick_ = false;
  bool in_microtask_ = false;  // a promise job / queueMicrotask callback runs
  bool stopping_ = false;
  Milestones milestones_;
  bool handling_fatal_ = false;
  int exit_code_ = 0;

  uv_timer_t timer_handle_;
  uv_check_t immediate_check_;
  uv_idle_t immediate_idle_;
  bool timer_ref_ = true;

  loop::HandleWrap* handles_head_ = nullptr;
  loop::ReqWrapBase* requests_head_ = nullptr;
  size_t request_count_ = 0;
  std::unordered_map<std::string, std::string> sources_;

  friend class loop::HandleWrap;
  friend class loop::ReqWrapBase;
};

}  // namespace eddy

#endif  // EDDY_ENGINE_RUNTIME_H_
