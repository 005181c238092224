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
  auto* req = static_cast<WorkReq*>(From(w));
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

}  // namespace

bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 std::unique_ptr<Job> job) {
  JS::HandleValue req_val = args.get(req_index);
  if (req_val.isObject()) {
    Runtime* rt = Runtime::From(cx);
    auto* req = new WorkReq(rt, &req_val.toObject(), std::move(job));
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
