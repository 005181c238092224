// eddy: the shared machinery of the `fs` binding (see fs_req.h).
#include "bindings/fs/fs_req.h"

#include <js/ArrayBuffer.h>
#include <js/BigInt.h>
#include <js/PropertyAndElement.h>
#include <js/Utility.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <mutex>
#include <vector>

#include "engine/convert.h"
#include "loop/callback_scope.h"

namespace eddy::bindings::fs {

bool PathArg(JSContext* cx, JS::HandleValue v, std::string* out) {
  if (v.isObject()) {
    if (JSObject* view = js::UnwrapArrayBufferView(&v.toObject())) {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      size_t n = JS_GetArrayBufferViewByteLength(view);
      const char* p =
          static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      out->assign(p ? p : "", p ? n : 0);
      return true;
    }
  }
  return ToUtf8(cx, v, out);
}

void FillStat(const uv_stat_t* st, int64_t* out) {
  const int64_t fields[kStatFields] = {
      static_cast<int64_t>(st->st_dev), static_cast<int64_t>(st->st_mode),
      static_cast<int64_t>(st->st_nlink), static_cast<int64_t>(st->st_uid),
      static_cast<int64_t>(st->st_gid), static_cast<int64_t>(st->st_rdev),
      static_cast<int64_t>(st->st_blksize), static_cast<int64_t>(st->st_ino),
      static_cast<int64_t>(st->st_size), static_cast<int64_t>(st->st_blocks),
      st->st_atim.tv_sec, st->st_atim.tv_nsec,
      st->st_mtim.tv_sec, st->st_mtim.tv_nsec,
      st->st_ctim.tv_sec, st->st_ctim.tv_nsec,
      st->st_birthtim.tv_sec, st->st_birthtim.tv_nsec};
  for (int i = 0; i < kStatFields; i++) out[i] = fields[i];
}

int64_t IntArg(const JS::Value& v, int64_t def) {
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) {
    double d = v.toDouble();
    if (!std::isfinite(d)) return def;
    if (d >= 9.2e18) return INT64_MAX;
    if (d <= -9.2e18) return INT64_MIN;
    return static_cast<int64_t>(d);
  }
  if (v.isBigInt()) return JS::ToBigInt64(v.toBigInt());
  return def;
}

bool WantsUtf8(JSContext* cx, JS::HandleValue encoding, bool* utf8) {
  if (encoding.isNullOrUndefined()) {
    *utf8 = true;
    return true;
  }
  std::string name;
  if (!ToUtf8(cx, encoding, &name)) return false;
  *utf8 = name == "utf8" || name == "utf-8";
  return true;
}

bool ResultNumber(JSContext* cx, uv_fs_t* req, const FsResult& how,
                  JS::HandleObject target, JS::MutableHandleValue out) {
  out.setNumber(static_cast<double>(req->result));
  return true;
}

bool ResultUndefined(JSContext* cx, uv_fs_t* req, const FsResult& how,
                     JS::HandleObject target, JS::MutableHandleValue out) {
  out.setUndefined();
  return true;
}

bool BytesToValue(JSContext* cx, const char* s, size_t n, bool utf8,
                  JS::MutableHandleValue out) {
  if (utf8) {
    JSString* str = NewStringUtf8(cx, std::string_view(s, n));
    if (!str) return false;
    out.setString(str);
    return true;
  }
  JS::RootedObject ab(cx, JS::NewArrayBuffer(cx, n));
  if (!ab) return false;
  if (n > 0) {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    uint8_t* dst = JS::GetArrayBufferData(ab, &shared, nogc);
    memcpy(dst, s, n);
  }
  out.setObject(*ab);
  return true;
}

char* FsReq::AllocBounce(size_t n) {
  bounce_.reset(new (std::nothrow) char[n ? n : 1]);
  return bounce_.get();
}

bool FsReq::AllocJsBuffers(size_t size, size_t total) {
  if (size == 0) size = 1;
  js_buffer_size_ = size;
  for (size_t off = 0; off < total || js_buffers_.empty(); off += size) {
    size_t n = std::min(size, total - std::min(total, off));
    char* p = static_cast<char*>(js_malloc(n ? n : 1));
    if (!p) return false;
    js_buffers_.push_back(p);
    if (total == 0) break;
  }
  return true;
}

namespace {

// Copies up to `n` bytes from `src` into `view` at `offset`, as far as the
// view (possibly detached or shrunk meanwhile) still reaches.
size_t CopyIntoView(JSObject* view, size_t offset, const char* src, size_t n) {
  JS::AutoCheckCannotGC nogc;
  bool shared;
  size_t len = JS_GetArrayBufferViewByteLength(view);
  if (offset >= len) return 0;
  n = std::min(n, len - offset);
  auto* dst = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  if (!dst) return 0;
  memcpy(dst + offset, src, n);
  return n;
}

// Delivers the bytes a thread-pool read left in the bounce buffer.
bool DeliverRead(JSContext* cx, FsReq* req, size_t n) {
  JS::RootedObject target(cx, req->target());
  if (!req->scatter()) {
    JSObject* view = js::UnwrapArrayBufferView(target);
    if (view) CopyIntoView(view, req->target_offset(), req->bounce(), n);
    return true;
  }
  uint32_t count = 0;
  if (!JS::GetArrayLength(cx, target, &count)) return false;
  size_t done = 0;
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < count && done < n; i++) {
    if (!JS_GetElement(cx, target, i, &item)) return false;
    if (!item.isObject()) continue;
    JSObject* view = js::UnwrapArrayBufferView(&item.toObject());
    if (!view) continue;
    size_t want = JS_GetArrayBufferViewByteLength(view);
    CopyIntoView(view, 0, req->bounce() + done, std::min(want, n - done));
    done += want;
  }
  return true;
}

}  // namespace

void FsReq::After(uv_fs_t* uvreq) {
  auto* req = static_cast<FsReq*>(FsReq::From(uvreq));
  Runtime* rt = req->runtime();
  if (uvreq->result == UV_ECANCELED || !rt->can_call_into_js()) {
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  JS::RootedObject target(cx, req->has_target() ? req->target() : nullptr);
  if (req->how().on_done) req->how().on_done(target);
  JS::RootedValueArray<2> args(cx);
  if (uvreq->result < 0) {
    args[0].setInt32(static_cast<int32_t>(uvreq->result));
  } else {
    args[0].setInt32(0);
    bool ok = true;
    if (target && req->bounce()) {
      ok = DeliverRead(cx, req, static_cast<size_t>(uvreq->result));
    }
    if (!ok || !req->how().fn(cx, uvreq, req->how(), target, args[1])) {
      delete req;
      rt->HandleUncaughtException();
      return;
    }
  }
  delete req;
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}

// --- jobs ------------------------------------------------------------------------

namespace {

class WorkReq final : public loop::ReqWrap<uv_work_t> {
 public:
  WorkReq(Runtime* rt, JSObject* obj, std::unique_ptr<Job> job)
      : ReqWrap(rt, obj), job_(std::move(job)) {}
  Job* job() { return job_.get(); }

  static void Work(uv_work_t* w) { static_cast<WorkReq*>(From(w))->job_->Run(); }
  static void After(uv_work_t* w, int status);
  // Delivers the outcome of a job that ran (status 0) or was dropped
  // (UV_ECANCELED) to JS, and frees the request.
  static void Complete(WorkReq* req, int status);

 private:
  std::unique_ptr<Job> job_;
};

// The syscall and path values describing a failed job.
bool FailureParts(JSContext* cx, const Job& job, JS::MutableHandleValue syscall,
                  JS::MutableHandleValue path) {
  JSString* s = JS_NewStringCopyZ(cx, job.syscall);
  if (!s) return false;
  syscall.setString(s);
  if (job.err_path.empty()) {
    path.setUndefined();
    return true;
  }
  JSString* p = NewStringUtf8(cx, job.err_path);
  if (!p) return false;
  path.setString(p);
  return true;
}

void WorkReq::After(uv_work_t* w, int status) {
  Complete(static_cast<WorkReq*>(From(w)), status);
}

void WorkReq::Complete(WorkReq* req, int status) {
  Runtime* rt = req->runtime();
  if (status == UV_ECANCELED || !rt->can_call_into_js()) {
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  JS::RootedValueArray<3> args(cx);
  Job* job = req->job();
  bool ok;
  if (job->err < 0) {
    args[0].setInt32(job->err);
    ok = FailureParts(cx, *job, args[1], args[2]);
  } else {
    args[0].setInt32(0);
    ok = job->Finish(cx, args[1]);
  }
  delete req;
  if (!ok) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}

// --- batched jobs ------------------------------------------------------------------
//
// Whole-file jobs (readFile, writeFile) are a few system calls each. Given
// to libuv one by one, a burst of thousands keeps all of the pool's threads
// and the loop thread fighting over its lock and over too few CPUs, and the
// loop thread pays a pool hand-off per job. Instead they wait in the
// runtime's BatchQueue, and at most MaxDrainers() pool items ("drainers")
// run them one after another until the queue is empty. Finished jobs are
// handed to the loop thread through one uv_async_t (woken once per batch,
// not per job) and completed there, each callback in its own CallbackScope.
// A job that blocks (a FIFO) holds up only its own drainer.
//
// Queued requests are ordinary WorkReqs (listed, traced, tagged with the
// async context) whose uv_work_t stays zeroed, so teardown's uv_cancel
// leaves them alone (UV_EINVAL); the last drainer drops what is left when
// the runtime stops. The queue (and its async handle) lives while drainers
// do.

// Two per CPU (a job often waits on the disk), at most 4: libuv's pool
// has 4 threads by default and DNS, crypto and zlib jobs need some too.
int MaxDrainers() {
  static const int n = [] {
    unsigned want = 2 * uv_available_parallelism();
    return static_cast<int>(want < 2 ? 2 : want > 4 ? 4 : want);
  }();
  return n;
}

struct BatchQueue {
  Runtime* rt = nullptr;
  uv_async_t async;
  std::mutex mu;
  std::deque<WorkReq*> pending;    // guarded by mu
  std::vector<WorkReq*> finished;  // guarded by mu
  int drainers = 0;                // loop thread only
};

// One queue per runtime (one runtime per thread).
thread_local BatchQueue* batch_queue = nullptr;

// Completes the finished jobs (loop thread).
void FlushFinished(BatchQueue* q) {
  std::vector<WorkReq*> done;
  {
    std::lock_guard<std::mutex> lock(q->mu);
    done.swap(q->finished);
  }
  for (WorkReq* req : done) WorkReq::Complete(req, 0);
}

struct Drainer {
  uv_work_t work;
  BatchQueue* queue;

  static void Work(uv_work_t* w) {
    BatchQueue* q = static_cast<Drainer*>(w->data)->queue;
    for (;;) {
      WorkReq* req;
      {
        std::lock_guard<std::mutex> lock(q->mu);
        if (q->pending.empty()) return;
        req = q->pending.front();
        q->pending.pop_front();
      }
      req->job()->Run();
      bool wake;
      {
        std::lock_guard<std::mutex> lock(q->mu);
        wake = q->finished.empty();
        q->finished.push_back(req);
      }
      if (wake) uv_async_send(&q->async);
    }
  }

  static void After(uv_work_t* w, int status);
};

// Starts one more drainer; false when libuv refused.
bool StartDrainer(BatchQueue* q) {
  auto* d = new Drainer();
  d->queue = q;
  d->work.data = d;
  if (uv_queue_work(q->rt->loop(), &d->work, Drainer::Work, Drainer::After) < 0) {
    delete d;
    return false;
  }
  q->drainers++;
  return true;
}

void Drainer::After(uv_work_t* w, int status) {
  auto* d = static_cast<Drainer*>(w->data);
  BatchQueue* q = d->queue;
  Runtime* rt = q->rt;
  q->drainers--;
  delete d;
  FlushFinished(q);
  // The callbacks may have queued more jobs (and started drainers), or a
  // job came in after this drainer found the queue empty.
  bool more;
  {
    std::lock_guard<std::mutex> lock(q->mu);
    more = !q->pending.empty();
  }
  if (more && rt->can_call_into_js() && q->drainers < MaxDrainers() && StartDrainer(q)) return;
  if (q->drainers > 0) return;
  // No drainer is left to run what is queued: the runtime is stopping (drop
  // it) or libuv refused a new one (fail it).
  std::deque<WorkReq*> left;
  {
    std::lock_guard<std::mutex> lock(q->mu);
    left.swap(q->pending);
  }
  for (WorkReq* req : left) {
    bool live = rt->can_call_into_js();
    if (live) {
      req->job()->err = UV_ENOMEM;
      req->job()->syscall = "open";
    }
    WorkReq::Complete(req, live ? 0 : UV_ECANCELED);
  }
  if (q->drainers > 0) return;  // a callback above queued a job
  if (batch_queue == q) batch_queue = nullptr;
  uv_close(reinterpret_cast<uv_handle_t*>(&q->async),
           [](uv_handle_t* h) { delete static_cast<BatchQueue*>(h->data); });
}

// Queues `req` for the drainers; false when it could not be.
bool QueueBatched(Runtime* rt, WorkReq* req) {
  if (!batch_queue) {
    auto* q = new BatchQueue();
    q->rt = rt;
    if (uv_async_init(rt->loop(), &q->async, [](uv_async_t* a) {
          FlushFinished(static_cast<BatchQueue*>(a->data));
        }) < 0) {
      delete q;
      return false;
    }
    q->async.data = q;
    // Only the drainers keep the loop alive.
    uv_unref(reinterpret_cast<uv_handle_t*>(&q->async));
    batch_queue = q;
  }
  BatchQueue* q = batch_queue;
  memset(req->uv_req(), 0, sizeof(uv_work_t));
  req->uv_req()->data = req;
  {
    std::lock_guard<std::mutex> lock(q->mu);
    q->pending.push_back(req);
  }
  if (q->drainers >= MaxDrainers() || StartDrainer(q)) return true;
  std::lock_guard<std::mutex> lock(q->mu);
  q->pending.pop_back();
  return false;
}

}  // namespace

bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 std::unique_ptr<Job> job, bool batched) {
  JS::HandleValue req_val = args.get(req_index);
  if (req_val.isObject()) {
    Runtime* rt = Runtime::From(cx);
    auto* req = new WorkReq(rt, &req_val.toObject(), std::move(job));
    if (batched) {
      if (QueueBatched(rt, req)) {
        args.rval().setUndefined();
      } else {
        delete req;
        args.rval().setInt32(UV_ENOMEM);
      }
      return true;
    }
    int err = uv_queue_work(rt->loop(), req->uv_req(), WorkReq::Work, WorkReq::After);
    if (err < 0) {
      delete req;
      args.rval().setInt32(err);
    } else {
      args.rval().setUndefined();
    }
    return true;
  }
  job->Run();
  if (job->err < 0) return JobFailureArray(cx, *job, args.rval());
  return job->Finish(cx, args.rval());
}

bool JobFailureArray(JSContext* cx, const Job& job, JS::MutableHandleValue out) {
  JS::RootedValueArray<3> parts(cx);
  parts[0].setInt32(job.err);
  if (!FailureParts(cx, job, parts[1], parts[2])) return false;
  size_t n = parts[2].isUndefined() ? 2 : 3;
  JSObject* arr = JS::NewArrayObject(cx, JS::HandleValueArray::subarray(parts, 0, n));
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

}  // namespace eddy::bindings::fs
