// eddy: Runtime implementation: engine start, the job queue, the tick drain,
// the uncaught-exception path, the timer/immediate handles and teardown.
#include "engine/runtime.h"

#include <js/CompilationAndEvaluation.h>
#include <js/ContextOptions.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/Initialization.h>
#include <js/SavedFrameAPI.h>
#include <js/Stack.h>
#include <js/String.h>
#include <js/CharacterEncoding.h>
#include <js/PropertyAndElement.h>
#include <js/Array.h>
#include <js/WeakMap.h>
#include <jsfriendapi.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/builtin_sources.h"
#include "engine/compile.h"
#include "engine/convert.h"
#include "engine/self_hosted_cache.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"
#include "loop/req_wrap.h"
#include "util/check.h"

namespace eddy {

namespace {

// JSGC_MALLOC_THRESHOLD_BASE (see Runtime::Init).
constexpr uint32_t kMallocThresholdMb = 16;

// True when the youngest frame of `frame` belongs to lib/ (node:...).
bool IsInternalFrame(JSContext* cx, JS::HandleObject frame) {
  JS::RootedString src(cx);
  if (JS::GetSavedFrameSource(cx, nullptr, frame, &src,
                              JS::SavedFrameSelfHosted::Exclude) !=
          JS::SavedFrameResult::Ok || !src) {
    return false;
  }
  std::string s;
  if (!StringToUtf8(cx, src, &s)) return false;
  return s.rfind("node:", 0) == 0;
}

const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS,
                              &JS::DefaultGlobalClassOps};

size_t NativeStackQuota() {
  struct rlimit rl;
  size_t size = 8 * 1024 * 1024;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    size = rl.rlim_cur;
  }
  if (size > 64 * 1024 * 1024) size = 64 * 1024 * 1024;
  const size_t margin = 128 * 1024;
  return size > 2 * margin ? size - margin : size / 2;
}

}  // namespace

// A promise job or microtask queued while an async context frame was
// current: slot 0 the job, slot 1 the frame (see Runtime::async_frame()).
const JSClass kFramedJobClass = {"FramedJob", JSCLASS_HAS_RESERVED_SLOTS(2)};

class Runtime::SavedQueue : public JS::JobQueue::SavedJobQueue {
 public:
  SavedQueue(JSContext* cx, Runtime* rt)
      : rt_(rt), saved_(cx), draining_(rt->draining_jobs_) {
    saved_ = std::move(rt->jobs_->get());
    rt->draining_jobs_ = false;
  }
  ~SavedQueue() override {
    rt_->jobs_->get() = std::move(saved_.get());
    rt_->draining_jobs_ = draining_;
  }

 private:
  Runtime* rt_;
  JS::PersistentRooted<JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>> saved_;
  bool draining_;
};

Runtime::Runtime(cli::Options options) : options_(std::move(options)) {}

Runtime::~Runtime() {
  if (cx_) Teardown();
}

bool Runtime::Init() {
  EDDY_CHECK(uv_loop_init(&loop_) == 0);
  // Idle time for performance.eventLoopUtilization(), as node measures it.
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);
  loop_initialized_ = true;
  loop_.data = this;

  uint32_t max_bytes = 0xffffffffu;
  if (options_.max_old_space_mb > 0 && options_.max_old_space_mb < 4096) {
    max_bytes = static_cast<uint32_t>(options_.max_old_space_mb * 1024 * 1024);
  }
  cx_ = JS_NewContext(max_bytes);
  if (!cx_) {
    std::fprintf(stderr, "eddy: cannot create a JavaScript context\n");
    return false;
  }
  JS_SetContextPrivate(cx_, this);
  JS::SetJobQueue(cx_, this);
  JS_SetGCParameter(cx_, JSGC_INCREMENTAL_GC_ENABLED, 1);
  JS_SetGCParameter(cx_, JSGC_PER_ZONE_GC_ENABLED, 1);
  JS_SetGCParameter(cx_, JSGC_SLICE_TIME_BUDGET_MS, 10);
  JS_SetGCParameter(cx_, JSGC_MIN_LAST_DITCH_GC_PERIOD, 0);
  // SpiderMonkey frees ArrayBuffer contents only in major collections, which
  // its defaults start after 38 MB of malloc'd memory (and, incrementally,
  // finish well past it): a program churning through Buffers grows to ~140
  // MB and touches fresh pages all the way (a page fault costs ~2 us on
  // this VM, more than decoding the page's worth of base64). From 16 MB
  // the blocks are reused sooner: 1 MiB base64 decodes take ~25% less CPU
  // and half the peak RSS, and a TCP echo's peak RSS halves. The threshold
  // still grows with the malloc'd memory a program keeps.
  if (!getenv("EDDY_GC_DEFAULTS")) {
    JS_SetGCParameter(cx_, JSGC_MALLOC_THRESHOLD_BASE, kMallocThresholdMb);
  }
  // SpiderMonkey captures a stack at every await and promise reaction to
  // build async stack traces; that halves the speed of async code (an
  // async-generator loop runs 2x faster without it). V8 (and so node) pays
  // nothing for its await-chain traces, so eddy turns capture off unless
  // EDDY_ASYNC_STACKS is set for debugging.
  JS::ContextOptionsRef(cx_).setAsyncStack(getenv("EDDY_ASYNC_STACKS") != nullptr);
  // Node runs trusted code in its own process, and V8 ships without
  // Spectre mitigations in generated code; so does eddy (they cost JIT speed).
  if (!getenv("EDDY_SPECTRE")) {
    JS_SetGlobalJitCompilerOption(cx_, JSJITCOMPILER_SPECTRE_INDEX_MASKING, 0);
    JS_SetGlobalJitCompilerOption(cx_, JSJITCOMPILER_SPECTRE_OBJECT_MITIGATIONS, 0);
    JS_SetGlobalJitCompilerOption(cx_, JSJITCOMPILER_SPECTRE_STRING_MITIGATIONS, 0);
    JS_SetGlobalJitCompilerOption(cx_, JSJITCOMPILER_SPECTRE_VALUE_MASKING, 0);
    JS_SetGlobalJitCompilerOption(cx_, JSJITCOMPILER_SPECTRE_JIT_TO_CXX_CALLS, 0);
  }
  JS_SetNativeStackQuota(cx_, NativeStackQuota());

  if (!InitSelfHosted(cx_)) {
    std::fprintf(stderr, "eddy: cannot initialize the engine\n");
    return false;
  }
  jobs_ = new JS::PersistentRooted<
      JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>>(cx_);
  pending_rejections_ = new JS::PersistentRootedObjectVector(cx_);
  handled_later_ = new JS::PersistentRootedObjectVector(cx_);
  fr_cleanup_ = new JS::PersistentRootedObjectVector(cx_);
  JS_AddExtraGCRootsTracer(cx_, TraceRoots, this);
  JS::SetPromiseRejectionTrackerCallback(cx_, PromiseRejectionTracker, this);
  JS::SetHostCleanupFinalizationRegistryCallback(cx_, CleanupFinalizationRegistry, this);
  js::SetStackFormat(cx_, js::StackFormat::V8);

  JS::RealmOptions realm_options;
  realm_options.creationOptions()
      .setWeakRefsEnabled(JS::WeakRefSpecifier::EnabledWithoutCleanupSome)
      .setSharedMemoryAndAtomicsEnabled(true)
      .setPropertyErrorMessageFixEnabled(true)
      .setIteratorHelpersEnabled(false)
      // A major collection started from outside JavaScript (an idle or
      // timer-driven slice, which eddy's lower malloc threshold makes more
      // common) would otherwise throw away all JIT code and inline caches:
      // the program then re-warms, and every IC attach toggles the code's
      // page protection (two mprotect calls).
      .setPreserveJitCode(true);
  JSObject* global = JS_NewGlobalObject(cx_, &kGlobalClass, nullptr,
                                        JS::FireOnNewGlobalHook, realm_options);
  if (!global) {
    std::fprintf(stderr, "eddy: cannot create the global object\n");
    return false;
  }
  global_root_ = new JS::PersistentRootedObject(cx_, global);
  global_ = global;
  {
    JSAutoRealm ar(cx_, global_);
    JSObject* process = JS_NewPlainObject(cx_);
    if (!process) return false;
    process_ = process;
    JSObject* cache = JS_NewPlainObject(cx_);
    if (!cache) return false;
    binding_cache_ = cache;
  }

  uv_timer_init(&loop_, &timer_handle_);
  timer_handle_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  uv_check_init(&loop_, &immediate_check_);
  immediate_check_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_check_start(&immediate_check_, OnCheckImmediate);
  uv_idle_init(&loop_, &immediate_idle_);
  immediate_idle_.data = this;
  uv_async_init(&loop_, &fr_async_, OnFinalizationRegistryAsync);
  fr_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&fr_async_));
  uv_async_init(&loop_, &task_async_, OnEngineTaskAsync);
  task_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&task_async_));
  JS::InitDispatchToEventLoop(cx_, DispatchToEventLoop, this);
  timer_base_ = uv_now(&loop_);
  return true;
}

// --- job queue ----------------------------------------------------------------

JSObject* Runtime::getIncumbentGlobal(JSContext* cx) {
  return JS::CurrentGlobalOrNull(cx);
}

bool Runtime::enqueuePromiseJob(JSContext* cx, JS::HandleObject promise,
                                JS::HandleObject job,
                                JS::HandleObject allocation_site,
                                JS::HandleObject incumbent_global) {
  JSObject* entry = job;
  if (MOZ_UNLIKELY(!async_frame_.get().isUndefined())) {
    entry = NewFramedJob(cx, job);
    if (!entry) return false;
  }
  if (!jobs_->append(entry)) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  return true;
}

bool Runtime::EnqueueMicrotask(JS::HandleObject fn) {
  JSObject* entry = fn;
  if (MOZ_UNLIKELY(!async_frame_.get().isUndefined())) {
    entry = NewFramedJob(cx_, fn);
    if (!entry) return false;
  }
  if (!jobs_->append(entry)) {
    JS_ReportOutOfMemory(cx_);
    return false;
  }
  return true;
}

// The holder lives in the job's realm, with the frame wrapped into it.
JSObject* Runtime::NewFramedJob(JSContext* cx, JS::HandleObject job) {
  JSAutoRealm ar(cx, job);
  JS::RootedValue frame(cx, async_frame_);
  if (!JS_WrapValue(cx, &frame)) return nullptr;
  JS::RootedObject holder(cx, JS_NewObject(cx, &kFramedJobClass));
  if (!holder) return nullptr;
  JS::SetReservedSlot(holder, 0, JS::ObjectValue(*job));
  JS::SetReservedSlot(holder, 1, frame);
  return holder;
}

void Runtime::runJobs(JSContext* cx) { RunMicrotasks(); }

bool Runtime::empty() const { return jobs_->empty(); }

js::UniquePtr<JS::JobQueue::SavedJobQueue> Runtime::saveJobQueue(JSContext* cx) {
  auto saved = js::MakeUnique<SavedQueue>(cx, this);
  if (!saved) JS_ReportOutOfMemory(cx);
  return saved;
}

void Runtime::RunMicrotasks() {
  if (draining_jobs_ || stopping_) return;
  draining_jobs_ = true;
  // Run the queue in batches: jobs queued while a batch runs form the next
  // batch. Finished jobs are dropped at once, so a long drain does not keep
  // every job alive (and traced by every GC) until the end.
  JS::Rooted<JS::GCVector<JSObject*, 0, js::SystemAllocPolicy>> batch(cx_);
  JS::RootedObject job(cx_);
  JS::RootedValue rv(cx_);
  // Each job runs in the async frame it was queued with (none for most);
  // the caller's frame is back when the drain ends.
  JS::RootedValue outer_frame(cx_, async_frame_);
  while (!jobs_->empty() && !stopping_) {
    std::swap(batch.get(), jobs_->get());
    for (size_t i = 0; i < batch.length(); i++) {
      job = batch[i];
      batch[i].set(nullptr);
      if (JS::GetClass(job) == &kFramedJobClass) {
        SetAsyncFrame(JS::GetReservedSlot(job, 1));
        job = &JS::GetReservedSlot(job, 0).toObject();
      } else if (MOZ_UNLIKELY(!async_frame_.get().isUndefined())) {
        SetAsyncFrame(JS::UndefinedValue());
      }
      JSAutoRealm ar(cx_, job);
      if (!JS::Call(cx_, JS::UndefinedHandleValue, job,
                    JS::HandleValueArray::empty(), &rv)) {
        in_microtask_ = true;
        HandleUncaughtException();
        in_microtask_ = false;
        if (stopping_) break;
      }
    }
    batch.clear();
  }
  if (async_frames_used_) SetAsyncFrame(outer_frame);
  JS::ClearKeptObjects(cx_);
  draining_jobs_ = false;
}

// --- rejection tracking ------------------------------------------------------

void Runtime::PromiseRejectionTracker(JSContext* cx, bool muted,
                                      JS::HandleObject promise,
                                      JS::PromiseRejectionHandlingState state,
                                      void* data) {
  Runtime* rt = static_cast<Runtime*>(data);
  auto& list = *rt->pending_rejections_;
  if (state == JS::PromiseRejectionHandlingState::Unhandled) {
    if (!list.append(promise)) return;
    rt->tick_info_.has_rejection_to_warn = 1;
  } else {
    for (size_t i = 0; i < list.length(); i++) {
      if (list[i] == promise) {
        list.erase(list.begin() + i);
        return;
      }
    }
    // Handled after it was reported: lib/ emits 'rejectionHandled'.
    if (!rt->handled_later_->append(promise)) return;
    rt->tick_info_.has_rejection_to_warn = 1;
  }
}

// --- FinalizationRegistry ----------------------------------------------------

void Runtime::CleanupFinalizationRegistry(JSFunction* do_cleanup,
                                          JSObject* incumbent_global,
                                          void* data) {
  // Called during GC: only record and wake the loop.
  Runtime* rt = static_cast<Runtime*>(data);
  if (!rt->fr_cleanup_->append(JS_GetFunctionObject(do_cleanup))) return;
  uv_ref(reinterpret_cast<uv_handle_t*>(&rt->fr_async_));
  uv_async_send(&rt->fr_async_);
}

void Runtime::OnFinalizationRegistryAsync(uv_async_t* handle) {
  Runtime* rt = static_cast<Runtime*>(handle->data);
  uv_unref(reinterpret_cast<uv_handle_t*>(&rt->fr_async_));
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx_;
  loop::CallbackScope scope(rt);
  JS::RootedObjectVector fns(cx);
  if (!fns.appendAll(*rt->fr_cleanup_)) return;
  rt->fr_cleanup_->clear();
  JS::RootedValue fn(cx), rv(cx);
  for (JSObject* f : fns) {
    JS::ExposeObjectToActiveJS(f);
    fn.setObject(*f);
    JSAutoRealm ar(cx, f);
    (void)rt->CallAndReport(JS::UndefinedHandleValue, fn,
                            JS::HandleValueArray::empty(), &rv);
    if (rt->stopping_) return;
  }
}

// --- engine tasks ----------------------------------------------------------------

// Any thread: queue the task for the loop thread, unless shutting down.
bool Runtime::DispatchToEventLoop(void* closure, JS::Dispatchable* task) {
  Runtime* rt = static_cast<Runtime*>(closure);
  std::lock_guard<std::mutex> lock(rt->task_mu_);
  if (rt->task_closed_) return false;
  rt->task_queue_.push_back(task);
  uv_async_send(&rt->task_async_);
  return true;
}

void Runtime::RunEngineTasks(JS::Dispatchable::MaybeShuttingDown mode) {
  std::vector<JS::Dispatchable*> tasks;
  {
    std::lock_guard<std::mutex> lock(task_mu_);
    tasks.swap(task_queue_);
  }
  for (JS::Dispatchable* task : tasks) task->run(cx_, mode);
}

void Runtime::OnEngineTaskAsync(uv_async_t* handle) {
  Runtime* rt = static_cast<Runtime*>(handle->data);
  if (!rt->can_call_into_js()) return;
  // Running a task settles its promise; the scope drains the jobs.
  loop::CallbackScope scope(rt);
  JSAutoRealm ar(rt->cx_, rt->global_);
  rt->RunEngineTasks(JS::Dispatchable::NotShuttingDown);
}

void Runtime::RefEngineTask() {
  if (engine_tasks_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&task_async_));
}

void Runtime::UnrefEngineTask() {
  if (engine_tasks_ > 0 && --engine_tasks_ == 0) {
    uv_unref(reinterpret_cast<uv_handle_t*>(&task_async_));
  }
}

// --- tracing -------------------------------------------------------------------

void Runtime::TraceRoots(JSTracer* trc, void* data) {
  Runtime* rt = static_cast<Runtime*>(data);
  JS::TraceEdge(trc, &rt->process_, "process");
  JS::TraceEdge(trc, &rt->binding_cache_, "binding cache");
  JS::TraceEdge(trc, &rt->tick_callback_, "tick callback");
  JS::TraceEdge(trc, &rt->fatal_exception_, "fatal exception");
  JS::TraceEdge(trc, &rt->print_fatal_, "print fatal");
  JS::TraceEdge(trc, &rt->process_immediate_, "processImmediate");
  JS::TraceEdge(trc, &rt->process_timers_, "processTimers");
  JS::TraceEdge(trc, &rt->emit_process_event_, "emit process event");
  for (auto& h : rt->module_hooks_) JS::TraceEdge(trc, &h, "module hook");
  JS::TraceEdge(trc, &rt->main_module_promise_, "main module promise");
  JS::TraceEdge(trc, &rt->async_frame_, "async frame");
  JS::TraceEdge(trc, &rt->async_resource_frames_, "async resource frames");
  for (loop::HandleWrap* w = rt->handles_head_; w; w = w->next_) w->Trace(trc);
  for (loop::ReqWrapBase* r = rt->requests_head_; r; r = r->next_) r->Trace(trc);
}

loop::HandleWrap* Runtime::NextHandle(loop::HandleWrap* w) { return w->next_; }

void Runtime::AddRequest(loop::ReqWrapBase* r) {
  r->next_ = requests_head_;
  r->prev_ = nullptr;
  if (requests_head_) requests_head_->prev_ = r;
  requests_head_ = r;
  request_count_++;
  if (MOZ_UNLIKELY(async_frames_used_)) TagAsyncResource(r->object_);
}

void Runtime::RemoveRequest(loop::ReqWrapBase* r) {
  if (r->prev_) r->prev_->next_ = r->next_;
  else requests_head_ = r->next_;
  if (r->next_) r->next_->prev_ = r->prev_;
  r->prev_ = r->next_ = nullptr;
  request_count_--;
}

void Runtime::AddHandle(loop::HandleWrap* w) {
  w->next_ = handles_head_;
  w->prev_ = nullptr;
  if (handles_head_) handles_head_->prev_ = w;
  handles_head_ = w;
  if (MOZ_UNLIKELY(async_frames_used_)) TagAsyncResource(w->object_);
}

// Remembers the current frame (even none: an object may be reused) as the
// frame `resource`'s callbacks run in. Called from wrapper constructors,
// whose callers may hold unrooted pointers: nothing here may GC, so the pair
// waits in a vector until FlushAsyncTags moves it into the WeakMap.
void Runtime::TagAsyncResource(JSObject* resource) {
  if (!resource || stopping_) return;
  if (!pending_async_tags_) {
    pending_async_tags_ = new JS::PersistentRooted<
        JS::GCVector<JS::Value, 0, js::SystemAllocPolicy>>(cx_);
  }
  auto& tags = pending_async_tags_->get();
  if (!tags.append(JS::ObjectValue(*resource)) || !tags.append(async_frame_.get())) {
    tags.clear();  // out of memory: only the contexts are lost
  }
}

// Moves the pending (object, frame) pairs into the WeakMap. A failure only
// loses those contexts.
void Runtime::FlushAsyncTags() {
  if (!pending_async_tags_ || pending_async_tags_->get().empty()) return;
  JSAutoRealm ar(cx_, global_);
  if (!async_resource_frames_) {
    JSObject* map = JS::NewWeakMapObject(cx_);
    if (!map) {
      JS_ClearPendingException(cx_);
      pending_async_tags_->get().clear();
      return;
    }
    async_resource_frames_ = map;
  }
  JS::RootedObject map(cx_, async_resource_frames_);
  JS::RootedObject key(cx_);
  JS::RootedValue frame(cx_);
  auto& tags = *pending_async_tags_;
  for (size_t i = 0; i + 1 < tags.length(); i += 2) {
    key = &tags[i].toObject();
    frame = tags[i + 1];
    if (JS::GetCompartment(key) != JS::GetCompartment(global_)) continue;
    if (!JS_WrapValue(cx_, &frame) || !JS::SetWeakMapEntry(cx_, map, key, frame)) {
      JS_ClearPendingException(cx_);
    }
  }
  tags.get().clear();
}

void Runtime::RemoveHandle(loop::HandleWrap* w) {
  if (w->prev_) w->prev_->next_ = w->next_;
  else handles_head_ = w->next_;
  if (w->next_) w->next_->prev_ = w->prev_;
  w->prev_ = w->next_ = nullptr;
}

// --- callbacks and the tick drain -------------------------------------------

bool Runtime::CallAndReport(JS::HandleValue recv, JS::HandleValue fn,
                            const JS::HandleValueArray& args,
                            JS::MutableHandleValue rval) {
  if (stopping_) return false;
  if (MOZ_UNLIKELY(async_frames_used_)) {
    return CallInResourceFrame(recv, fn, args, rval);
  }
  if (JS::Call(cx_, recv, fn, args, rval)) return true;
  HandleUncaughtException();
  return false;
}

// CallAndReport once async frames exist: the callback runs in the frame its
// receiver (a request or handle object) was created in, else in none.
bool Runtime::CallInResourceFrame(JS::HandleValue recv, JS::HandleValue fn,
                                  const JS::HandleValueArray& args,
                                  JS::MutableHandleValue rval) {
  JS::RootedValue outer(cx_, async_frame_);
  JS::RootedValue frame(cx_);
  FlushAsyncTags();
  if (recv.isObject() && async_resource_frames_) {
    JS::RootedObject key(cx_, &recv.toObject());
    if (JS::GetCompartment(key) == JS::GetCompartment(global_)) {
      JSAutoRealm ar(cx_, global_);
      JS::RootedObject map(cx_, async_resource_frames_);
      if (!JS::GetWeakMapEntry(cx_, map, key, &frame)) {
        JS_ClearPendingException(cx_);
        frame.setUndefined();
      }
    }
  }
  SetAsyncFrame(frame);
  bool ok = JS::Call(cx_, recv, fn, args, rval);
  if (!ok) HandleUncaughtException();
  SetAsyncFrame(outer);
  return ok;
}

bool Runtime::MakeCallback(JS::HandleValue recv, JS::HandleValue fn,
                           const JS::HandleValueArray& args,
                           JS::MutableHandleValue rval) {
  loop::CallbackScope scope(this);
  return CallAndReport(recv, fn, args, rval);
}

void Runtime::LeaveCallback() {
  if (callback_depth_ == 1 && !stopping_) TickAfterCallback();
  // Between callbacks from libuv no async frame is current (an enterWith()
  // lasts until the end of the callback that made it).
  if (callback_depth_ == 1 && async_frames_used_) SetAsyncFrame(JS::UndefinedValue());
  callback_depth_--;
}

void Runtime::TickAfterCallback() {
  if (in_tick_) return;
  in_tick_ = true;
  JS::RootedValue fn(cx_), recv(cx_), rv(cx_);
  while (!stopping_) {
    if (!tick_info_.has_tick_scheduled && !tick_info_.has_rejection_to_warn) {
      RunMicrotasks();
    }
    if (!tick_info_.has_tick_scheduled && !tick_info_.has_rejection_to_warn) {
      break;
    }
    if (!tick_callback_) {
      tick_info_.has_rejection_to_warn = 0;
      break;
    }
    fn.setObject(*tick_callback_);
    recv.setObject(*process_);
    // A throwing tick was reported (the process survived through an
    // 'uncaughtException' listener). Like node, what is left of the queue
    // runs after the next callback from the loop.
    (void)CallAndReport(recv, fn, JS::HandleValueArray::empty(), &rv);
    break;
  }
  in_tick_ = false;
}

// --- uncaught exceptions -------------------------------------------------------

void Runtime::HandleUncaughtException(bool from_promise) {
  if (!JS_IsExceptionPending(cx_)) {
    if (JS_IsThrowingOutOfMemory(cx_)) {
      std::fprintf(stderr,
                   "\nFATAL ERROR: Reached heap limit Allocation failed - "
                   "JavaScript heap out of memory\n");
      Exit(134);
    }
    // Uncatchable termination (interrupt callback returned false).
    Exit(exit_code_ ? exit_code_ : 1);
  }
  JS::ExceptionStack es(cx_);
  if (!JS::StealPendingExceptionStack(cx_, &es)) Exit(1);
  ReportUncaught(es.exception(), es.stack(), from_promise);
}

void Runtime::ReportUncaught(JS::HandleValue error, JS::HandleObject stack,
                             bool from_promise) {
  if (stopping_) return;
  if (!fatal_exception_ || handling_fatal_) {
    PrintFallback(error, stack);
    Exit(handling_fatal_ ? 7 : 1);
  }
  std::string arrow = BuildArrow(error, stack, from_promise);
  JS::RootedValueArray<3> args(cx_);
  args[0].set(error);
  args[1].setBoolean(from_promise);
  JSString* arrow_str = JS_NewStringCopyUTF8N(
      cx_, JS::UTF8Chars(arrow.data(), arrow.size()));
  if (!arrow_str) Exit(1);
  args[2].setString(arrow_str);
  JS::RootedValue fn(cx_, JS::ObjectValue(*fatal_exception_));
  JS::RootedObject recv(cx_, process_);
  JS::RootedValue rv(cx_);
  handling_fatal_ = true;
  bool ok = JS_CallFunctionValue(cx_, recv, fn, args, &rv);
  handling_fatal_ = false;
  if (!ok) {
    // The handler itself threw: node prints that error and exits with 7.
    if (JS_IsExceptionPending(cx_)) {
      JS::ExceptionStack es(cx_);
      if (JS::StealPendingExceptionStack(cx_, &es)) {
        PrintFatal(es.exception(), es.stack());
      }
    }
    Exit(7);
  }
  if (rv.isBoolean() && rv.toBoolean()) return;  // handled by a listener
  Exit(rv.isInt32() ? rv.toInt32() : 1);
}

bool Runtime::GetSourceLine(const std::string& name, uint32_t line,
                            std::string* out) {
  std::string_view text;
  std::string file_text;
  auto it = sources_.find(name);
  if (it != sources_.end()) {
    text = it->second;
  } else if (name.rfind("node:", 0) == 0) {
    const BuiltinSource* src = FindBuiltinSource(name.substr(5));
    if (!src) return false;
    text = std::string_view(src->data, src->length);
  } else {
    std::string path = name;
    if (path.rfind("file://", 0) == 0) path = path.substr(7);
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    file_text = ss.str();
    text = file_text;
  }
  size_t pos = 0;
  for (uint32_t l = 1; l < line; l++) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return false;
    pos++;
  }
  size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  *out = std::string(text.substr(pos, end - pos));
  if (!out->empty() && out->back() == '\r') out->pop_back();
  return true;
}

void Runtime::RememberSource(const std::string& name, std::string source) {
  sources_[name] = std::move(source);
}

std::string Runtime::BuildArrow(JS::HandleValue error, JS::HandleObject stack,
                               bool from_promise) {
  std::string file;
  uint32_t line = 0, column = 0;  // column 1-based
  std::string source_line;
  bool have_line = false;
  // Syntax and link errors underline the whole token, as V8 does.
  bool underline = false;
  if (error.isObject()) {
    JS::RootedObject obj(cx_, &error.toObject());
    JSErrorReport* report = JS_ErrorFromException(cx_, obj);
    // Compile errors carry no frames: use the report's position and line.
    if (report && report->filename && !report->linebuf() &&
        !JS::ExceptionStackOrNull(obj) && report->lineno > 0) {
      // An error the engine raised outside any script (linking an ES module:
      // a missing export): its position is 0-based, its line is in the file.
      file = report->filename;
      line = report->lineno;
      column = report->column + 1;
      underline = true;
    } else if (report && report->filename && report->linebuf()) {
      file = report->filename;
      line = report->lineno;
      column = report->tokenOffset() + 1;
      underline = true;
      if (report->linebuf()) {
        std::u16string u16(report->linebuf(), report->linebufLength());
        JS::RootedString s(cx_, JS_NewUCStringCopyN(cx_, u16.data(), u16.size()));
        if (s) {
          JS::UniqueChars utf8 = JS_EncodeStringToUTF8(cx_, s);
          if (utf8) {
            source_line = utf8.get();
            while (!source_line.empty() &&
                   (source_line.back() == '\n' || source_line.back() == '\r')) {
              source_line.pop_back();
            }
            have_line = true;
          }
        }
      }
    }
  }
  // SpiderMonkey 102 records a new throw site when a finally block rethrows,
  // so an exception that passed through lib/ code (try/finally around user
  // callbacks) points into lib/. V8 keeps the first site. For Error objects
  // fall back to where the error was made when the recorded site is internal.
  JS::RootedObject frame(cx_, stack);
  if (error.isObject()) {
    JS::RootedObject err_obj(cx_, &error.toObject());
    JS::RootedObject created(cx_, JS::ExceptionStackOrNull(err_obj));
    // An explicit `throw` in lib/ (emit('error') with no listener) stays the
    // reported site, as in node; a rethrow at the end of a finally block
    // (no `throw` on that line) falls back to where the error was made.
    if (created && (!frame || (IsInternalFrame(cx_, frame) && !IsThrowStatement(frame)))) {
      frame = created;
    }
  }
  if (file.empty() && frame) {
    JS::RootedString src(cx_);
    if (JS::GetSavedFrameSource(cx_, nullptr, frame, &src,
                                JS::SavedFrameSelfHosted::Exclude) ==
            JS::SavedFrameResult::Ok && src) {
      JS::UniqueChars utf8 = JS_EncodeStringToUTF8(cx_, src);
      if (utf8) file = utf8.get();
      (void)JS::GetSavedFrameLine(cx_, nullptr, frame, &line,
                                  JS::SavedFrameSelfHosted::Exclude);
    }
    uint32_t c = 0;
    (void)JS::GetSavedFrameColumn(cx_, nullptr, frame, &c,
                                  JS::SavedFrameSelfHosted::Exclude);
    column = c;
  }
  if (file.empty() || line == 0) return std::string();
  if (!have_line && !GetSourceLine(file, line, &source_line)) {
    return std::string();
  }
  // SpiderMonkey puts a throw statement's position inside its operand (at the
  // last part of it); V8, and so node's arrow, at the `throw` keyword. Move
  // to the nearest `throw` token before the recorded column on that line.
  if (!from_promise && !in_microtask_ && !underline && column > 1 &&
      column - 1 <= source_line.size()) {
    auto ident = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    };
    size_t end = column - 1;
    while (end >= 5) {
      size_t at = source_line.rfind("throw", end - 5);
      if (at == std::string::npos) break;
      bool start_ok = at == 0 || !ident(source_line[at - 1]);
      bool end_ok = at + 5 >= source_line.size() || !ident(source_line[at + 5]);
      if (start_ok && end_ok) {
        column = static_cast<uint32_t>(at + 1);
        break;
      }
      if (at == 0) break;
      end = at + 4;  // keep searching to the left
    }
  }
  std::string arrow = file + ":" + std::to_string(line) + "\n" + source_line + "\n";
  std::string pad;
  for (uint32_t i = 1; i < column && i <= source_line.size(); i++) {
    pad += source_line[i - 1] == '\t' ? '\t' : ' ';
  }
  size_t carets = 1;
  if (underline && column >= 1 && column - 1 < source_line.size()) {
    auto ident = [](unsigned char c) {
      return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80;
    };
    size_t i = column - 1;
    if (ident(static_cast<unsigned char>(source_line[i]))) {
      size_t j = i;
      while (j < source_line.size() && ident(static_cast<unsigned char>(source_line[j]))) j++;
      carets = j - i;
    }
  }
  arrow += pad + std::string(carets, '^') + "\n";
  return arrow;
}

// Prints an error as node prints a fatal one (through lib/'s formatter, with
// no listeners involved), falling back to PrintFallback.
void Runtime::PrintFatal(JS::HandleValue error, JS::HandleObject stack) {
  if (print_fatal_) {
    std::string arrow = BuildArrow(error, stack, false);
    JS::RootedValueArray<2> args(cx_);
    args[0].set(error);
    JSString* arrow_str = NewStringUtf8(cx_, arrow);
    if (arrow_str) {
      args[1].setString(arrow_str);
      JS::RootedValue fn(cx_, JS::ObjectValue(*print_fatal_));
      JS::RootedValue rv(cx_);
      if (JS::Call(cx_, JS::UndefinedHandleValue, fn, args, &rv)) return;
    }
    JS_ClearPendingException(cx_);
  }
  PrintFallback(error, stack);
}

// Last-resort printing when lib/'s handler is missing (bootstrap) or threw:
// the error's stack if it has one, else its string value.
bool Runtime::IsThrowStatement(JS::HandleObject frame) {
  JS::RootedString src(cx_);
  uint32_t line = 0;
  if (JS::GetSavedFrameSource(cx_, nullptr, frame, &src,
                              JS::SavedFrameSelfHosted::Exclude) !=
          JS::SavedFrameResult::Ok || !src ||
      JS::GetSavedFrameLine(cx_, nullptr, frame, &line,
                            JS::SavedFrameSelfHosted::Exclude) !=
          JS::SavedFrameResult::Ok) {
    return false;
  }
  std::string file, text;
  if (!StringToUtf8(cx_, src, &file) || !GetSourceLine(file, line, &text)) return false;
  size_t at = text.find("throw");
  return at != std::string::npos &&
         (at + 5 >= text.size() || !std::isalnum(static_cast<unsigned char>(text[at + 5])));
}

void Runtime::PrintFallback(JS::HandleValue error, JS::HandleObject stack) {
  std::string text;
  JS::RootedValue stack_val(cx_);
  if (error.isObject()) {
    JS::RootedObject obj(cx_, &error.toObject());
    if (!JS_GetProperty(cx_, obj, "stack", &stack_val)) stack_val.setUndefined();
  }
  if (!(stack_val.isString() && StringToUtf8(cx_, stack_val.toString(), &text))) {
    JS_ClearPendingException(cx_);
    JS::RootedString str(cx_, JS::ToString(cx_, error));
    if (!str || !StringToUtf8(cx_, str, &text)) text = "(an exception that cannot be printed)";
  }
  JS_ClearPendingException(cx_);
  std::fprintf(stderr, "Uncaught %s\n", text.c_str());
}

// process.exit() and fatal errors end the process without finishing the
// loop: writes still queued on stdout/stderr (pipes, sockets) would be lost.
// With JS already stopped, switch those descriptors to blocking and let libuv
// push the queued bytes out (callbacks into JS are skipped).
void Runtime::FlushStdioForExit() {
  if (!loop_initialized_) return;
  for (loop::HandleWrap* w = handles_head_; w; w = w->next_) {
    uv_handle_t* h = w->handle();
    if (w->state() != loop::HandleWrap::kInitialized || !h ||
        (h->type != UV_NAMED_PIPE && h->type != UV_TTY && h->type != UV_TCP)) {
      continue;
    }
    uv_os_fd_t fd;
    if (uv_fileno(h, &fd) != 0 || fd < 1 || fd > 2) continue;
    uv_stream_t* s = reinterpret_cast<uv_stream_t*>(h);
    if (uv_stream_get_write_queue_size(s) == 0) continue;
    uv_stream_set_blocking(s, 1);
    while (uv_stream_get_write_queue_size(s) > 0) {
      if (uv_run(&loop_, UV_RUN_ONCE) == 0) break;
    }
  }
}

void Runtime::Exit(int code) {
  stopping_ = true;
  FlushStdioForExit();
  uv_tty_reset_mode();
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code);
}

// --- timers ----------------------------------------------------------------------

void Runtime::ScheduleTimer(int64_t duration_ms) {
  if (duration_ms < 1) duration_ms = 1;
  uv_timer_start(&timer_handle_, OnTimer, static_cast<uint64_t>(duration_ms), 0);
}

void Runtime::ToggleTimerRef(bool ref) {
  if (ref) uv_ref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  else uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
}

void Runtime::ToggleImmediateRef(bool ref) {
  if (ref) uv_idle_start(&immediate_idle_, OnIdle);
  else uv_idle_stop(&immediate_idle_);
}

double Runtime::GetLibuvNow() {
  uv_update_time(&loop_);
  return static_cast<double>(uv_now(&loop_) - timer_base_);
}

void Runtime::OnTimer(uv_timer_t* handle) {
  Runtime* rt = static_cast<Runtime*>(handle->data);
  if (!rt->process_timers_ || !rt->can_call_into_js()) return;
  JSContext* cx = rt->cx_;
  loop::CallbackScope scope(rt);
  JS::RootedValue fn(cx, JS::ObjectValue(*rt->process_timers_));
  JS::RootedValue recv(cx, JS::ObjectValue(*rt->process_));
  JS::RootedValue arg(cx, JS::NumberValue(rt->GetLibuvNow()));
  JS::RootedValue rv(cx);
  bool ok;
  do {
    ok = rt->CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv);
  } while (!ok && rt->can_call_into_js());
  if (!ok || !rv.isNumber()) return;
  double expiry = rv.toNumber();
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(handle);
  if (expiry != 0) {
    double delay = std::fabs(expiry) - rt->GetLibuvNow();
    rt->ScheduleTimer(delay > 0 ? static_cast<int64_t>(delay) : 1);
    if (expiry > 0) uv_ref(h);
    else uv_unref(h);
  } else {
    uv_unref(h);
  }
}

void Runtime::OnCheckImmediate(uv_check_t* handle) {
  Runtime* rt = static_cast<Runtime*>(handle->data);
  if ((rt->immediate_info_.count == 0 && !rt->immediate_info_.has_outstanding) ||
      !rt->can_call_into_js() || !rt->process_immediate_) {
    return;
  }
  JSContext* cx = rt->cx_;
  {
    JS::RootedValue fn(cx, JS::ObjectValue(*rt->process_immediate_));
    JS::RootedValue recv(cx, JS::ObjectValue(*rt->process_));
    JS::RootedValue rv(cx);
    (void)rt->MakeCallback(recv, fn, JS::HandleValueArray::empty(), &rv);
  }
  if (rt->immediate_info_.ref_count == 0) rt->ToggleImmediateRef(false);
}

// --- running -----------------------------------------------------------------------

bool Runtime::EmitProcessEvent(const char* name, int* code) {
  if (!emit_process_event_ || stopping_) return true;
  loop::CallbackScope scope(this);
  JS::RootedValue fn(cx_, JS::ObjectValue(*emit_process_event_));
  JS::RootedValue recv(cx_, JS::ObjectValue(*process_));
  JS::RootedString s(cx_, JS_NewStringCopyZ(cx_, name));
  if (!s) return false;
  JS::RootedValue arg(cx_, JS::StringValue(s));
  JS::RootedValue rv(cx_);
  if (!CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv)) return false;
  if (code && rv.isInt32()) *code = rv.toInt32();
  return true;
}

int Runtime::Run() {
  JSAutoRealm ar(cx_, global_);
  {
    loop::CallbackScope scope(this);
    if (!Bootstrap()) {
      if (JS_IsExceptionPending(cx_)) HandleUncaughtException();
      else return 1;
    }
  }
  bool more;
  milestones_.loop_start = uv_hrtime();
  do {
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (stopping_) break;
    more = uv_loop_alive(&loop_);
    if (more) continue;
    (void)EmitProcessEvent("beforeExit", nullptr);
    more = uv_loop_alive(&loop_);
  } while (more && !stopping_);
  milestones_.loop_exit = uv_hrtime();
  int code = 0;
  (void)EmitProcessEvent("exit", &code);
  // The main ES module never finished: its top-level await is unsettled.
  if (main_module_promise_ && code == 0) {
    JS::RootedObject p(cx_, main_module_promise_);
    if (JS::GetPromiseState(p) == JS::PromiseState::Pending) code = 13;
  }
  return code;
}

bool Runtime::Bootstrap() {
  JS::RootedObject process(cx_, process_);
  JS::RootedFunction binding_fn(
      cx_, JS_NewFunction(cx_, bindings::InternalBinding, 1, 0, "internalBinding"));
  if (!binding_fn) return false;
  JS::RootedObject fn(cx_);
  if (!CompileBuiltin(cx_, "internal/bootstrap/realm", &fn)) return false;
  JS::RootedObject exports(cx_, JS_NewPlainObject(cx_));
  JS::RootedObject module(cx_, JS_NewPlainObject(cx_));
  if (!exports || !module) return false;
  JS::RootedValue exports_val(cx_, JS::ObjectValue(*exports));
  if (!JS_SetProperty(cx_, module, "exports", exports_val)) return false;
  JS::RootedValueArray<5> args(cx_);
  args[0].setObject(*exports);
  args[1].setUndefined();
  args[2].setObject(*module);
  args[3].setObject(*process);
  args[4].setObject(*JS_GetFunctionObject(binding_fn));
  JS::RootedValue fval(cx_, JS::ObjectValue(*fn));
  JS::RootedValue rv(cx_);
  return JS_CallFunctionValue(cx_, nullptr, fval, args, &rv);
}

int Runtime::CloseLoop() {
  if (!loop_initialized_) return loop_close_result_;
  stopping_ = true;
  {
    JSAutoRealm ar(cx_, global_);
    for (loop::ReqWrapBase* r = requests_head_; r; r = r->next_) r->Cancel();
    for (loop::HandleWrap* w = handles_head_; w;) {
      loop::HandleWrap* next = w->next_;
      w->CloseForTeardown();
      w = next;
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_handle_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&immediate_check_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&immediate_idle_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&fr_async_), nullptr);
    {
      // Later engine tasks are refused; queued ones are told to give up.
      std::lock_guard<std::mutex> lock(task_mu_);
      task_closed_ = true;
    }
    RunEngineTasks(JS::Dispatchable::ShuttingDown);
    uv_close(reinterpret_cast<uv_handle_t*>(&task_async_), nullptr);
    while (uv_run(&loop_, UV_RUN_DEFAULT) != 0) {
    }
    uv_tty_reset_mode();
    loop_close_result_ = uv_loop_close(&loop_);
    loop_initialized_ = false;
  }
  return loop_close_result_;
}

int Runtime::Teardown() {
  if (!cx_) return 0;
  int rc = CloseLoop();
  process_ = nullptr;
  binding_cache_ = nullptr;
  tick_callback_ = nullptr;
  fatal_exception_ = nullptr;
  print_fatal_ = nullptr;
  process_immediate_ = nullptr;
  process_timers_ = nullptr;
  emit_process_event_ = nullptr;
  for (auto& h : module_hooks_) h = nullptr;
  main_module_promise_ = nullptr;
  async_frame_ = JS::UndefinedValue();
  async_resource_frames_ = nullptr;
  delete pending_async_tags_;
  pending_async_tags_ = nullptr;
  delete handled_later_;
  handled_later_ = nullptr;
  JS::ShutdownAsyncTasks(cx_);
  JS_RemoveExtraGCRootsTracer(cx_, TraceRoots, this);
  delete jobs_;
  jobs_ = nullptr;
  delete pending_rejections_;
  pending_rejections_ = nullptr;
  delete fr_cleanup_;
  fr_cleanup_ = nullptr;
  delete global_root_;
  global_root_ = nullptr;
  global_ = nullptr;
  JS_DestroyContext(cx_);
  cx_ = nullptr;
  return rc;
}

}  // namespace eddy
