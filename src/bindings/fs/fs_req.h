// eddy: the machinery every function of the `fs` binding shares: argument
// readers, the request object of an asynchronous call (FsReq around a
// uv_fs_t, WorkReq around a uv_work_t for jobs libuv has no single call for)
// and Dispatch, which runs one uv_fs_* call synchronously or on the thread
// pool.
//
// The calling convention of the binding (node's src/node_file.cc shape):
// - The last argument is `req`. Undefined: the call runs now and returns its
//   result, or a negative libuv errno. An object (an FSReqCallback from
//   lib/): the call runs on libuv's thread pool and returns undefined (or a
//   negative errno when it could not even start); on completion
//   `req.oncomplete(errno, result)` runs through a CallbackScope, errno 0
//   meaning success.
// - lib/ validates every argument and builds node's exception from the
//   errno. The readers below still tolerate any value (a wrong type reads as
//   a default), so no input reaches memory it should not.
// - Bytes of user buffers are touched only inside JS::AutoCheckCannotGC
//   scopes. A thread-pool call never sees a user buffer: it reads into or
//   writes from a C++ copy (`bounce`) and AfterFs copies the bytes read into
//   the view, which the request keeps alive. Small typed arrays keep their
//   bytes inside the GC cell and move; any buffer may be detached meanwhile.
#ifndef EDDY_BINDINGS_FS_FS_REQ_H_
#define EDDY_BINDINGS_FS_FS_REQ_H_

#include <jsapi.h>
#include <js/RootingAPI.h>
#include <js/Utility.h>
#include <uv.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/runtime.h"
#include "loop/req_wrap.h"

namespace eddy::bindings::fs {

// --- arguments -------------------------------------------------------------

// A path argument: a string (UTF-8 encoded) or an ArrayBufferView (its
// bytes, for paths that are not valid UTF-8).
[[nodiscard]] bool PathArg(JSContext* cx, JS::HandleValue v, std::string* out);

// A stat result as node lays it out: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, then atime, mtime, ctime, birthtime as
// (seconds, nanoseconds) pairs.
constexpr int kStatFields = 18;
void FillStat(const uv_stat_t* st, int64_t* out);
// An integer argument (number or BigInt); `def` for anything else.
int64_t IntArg(const JS::Value& v, int64_t def);
// True when the encoding argument asks for UTF-8 strings (undefined,
// 'utf8', 'utf-8'); anything else means raw bytes, which lib/ decodes.
[[nodiscard]] bool WantsUtf8(JSContext* cx, JS::HandleValue encoding, bool* utf8);

// --- results ------------------------------------------------------------------

struct FsResult;
// `target` is the request's target object (see FsReq::SetTarget), or for a
// synchronous call the one the caller passed to Dispatch; may be null.
using ResultFn = bool (*)(JSContext* cx, uv_fs_t* req, const FsResult& how,
                          JS::HandleObject target, JS::MutableHandleValue out);

// How a finished uv_fs_t becomes a JS value.
struct FsResult {
  ResultFn fn;
  bool bigint = false;      // stat family: BigInt64Array instead of Float64Array
  bool utf8 = true;         // names and paths as strings (else ArrayBuffers)
  bool with_types = false;  // readdir: [names, types]
  // Runs when the call finished, failed or not, before `fn` (a DirHandle
  // clears its busy mark here).
  void (*on_done)(JSObject* target) = nullptr;
};

bool ResultNumber(JSContext* cx, uv_fs_t* req, const FsResult& how,
                  JS::HandleObject target, JS::MutableHandleValue out);
bool ResultUndefined(JSContext* cx, uv_fs_t* req, const FsResult& how,
                     JS::HandleObject target, JS::MutableHandleValue out);
// A string (or ArrayBuffer) from the bytes `s`, as `how.utf8` says.
bool BytesToValue(JSContext* cx, const char* s, size_t n, bool utf8,
                  JS::MutableHandleValue out);

// --- asynchronous requests ------------------------------------------------------

class FsReq final : public loop::ReqWrap<uv_fs_t> {
 public:
  FsReq(Runtime* rt, JSObject* obj, const FsResult& how)
      : ReqWrap(rt, obj), how_(how) {}
  ~FsReq() override {
    uv_fs_req_cleanup(uv_req());
    for (char* p : js_buffers_) js_free(p);
  }

  // A private copy of the bytes for a read or write on the thread pool.
  char* AllocBounce(size_t n);
  char* bounce() { return bounce_.get(); }
  // Memory from the JS allocator (js_malloc) a read fills and ArrayBuffers
  // then adopt (readChunks): `count` blocks of `size` bytes (the last may be
  // shorter, `total` bytes in all); what is not adopted is freed with the
  // request.
  bool AllocJsBuffers(size_t size, size_t total);
  std::vector<char*>& js_buffers() { return js_buffers_; }
  size_t js_buffer_size() const { return js_buffer_size_; }
  // Where the bytes read go when the call completes: one view (at
  // `target_offset`) or, for readBuffers, a JS array of views filled in
  // order. Also used to keep an object alive for the request (a DirHandle).
  void SetTarget(JSContext* cx, JSObject* target, size_t offset, bool scatter) {
    target_.init(cx, target);
    target_offset_ = offset;
    scatter_ = scatter;
  }

  const FsResult& how() const { return how_; }
  bool has_target() const { return target_.initialized() && target_; }
  JSObject* target() const { return target_; }
  size_t target_offset() const { return target_offset_; }
  bool scatter() const { return scatter_; }

  static void After(uv_fs_t* req);

 private:
  FsResult how_;
  std::unique_ptr<char[]> bounce_;
  std::vector<char*> js_buffers_;
  size_t js_buffer_size_ = 0;
  JS::PersistentRooted<JSObject*> target_;
  size_t target_offset_ = 0;
  bool scatter_ = false;
};

// Runs a uv_fs_* call synchronously (req undefined) or on the thread pool.
// `start(loop, uv_fs_t*, cb)` starts it; `prepare(FsReq*)` (async only) sets
// up bounce buffers and targets before the start; `sync_target` is the
// target a synchronous call hands to the result function.
template <typename Start, typename Prepare>
bool DispatchWith(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                  const FsResult& how, Start start, Prepare prepare,
                  JS::HandleObject sync_target = nullptr) {
  JS::HandleValue req_val = args.get(req_index);
  if (req_val.isObject()) {
    Runtime* rt = Runtime::From(cx);
    auto* req = new FsReq(rt, &req_val.toObject(), how);
    if (!prepare(req)) {
      delete req;
      return false;
    }
    int err = start(rt->loop(), req->uv_req(), FsReq::After);
    if (err < 0) {
      delete req;
      args.rval().setInt32(err);
    } else {
      args.rval().setUndefined();
    }
    return true;
  }
  uv_fs_t req;
  int err = start(nullptr, &req, nullptr);
  if (how.on_done) how.on_done(sync_target);
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    args.rval().setInt32(err);
    return true;
  }
  bool ok = how.fn(cx, &req, how, sync_target, args.rval());
  uv_fs_req_cleanup(&req);
  return ok;
}

template <typename Start>
bool Dispatch(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
              const FsResult& how, Start start) {
  return DispatchWith(cx, args, req_index, how, start, [](FsReq*) { return true; });
}

// --- jobs libuv has no single call for --------------------------------------------
//
// A Job runs on the thread pool (Run, no JSAPI) and turns its outcome into a
// JS value on the loop thread (Finish). Synchronous calls run both in place.
// On failure `err` is a negative errno and `syscall` names the failing call;
// lib/ receives them as oncomplete(errno, syscall[, path]), or as the array
// [errno, syscall[, path]] from a synchronous call.
class Job {
 public:
  virtual ~Job() = default;
  virtual void Run() = 0;
  [[nodiscard]] virtual bool Finish(JSContext* cx, JS::MutableHandleValue out) = 0;

  int err = 0;
  const char* syscall = "";
  // The path the failure is about when it is not the one lib/ passed (a
  // file deep inside a tree rm removes); empty otherwise.
  std::string err_path;
};

// Runs `job` now or on the thread pool, as args[req_index] says. Takes
// ownership of the job. `batched`: a short whole-file job, run by the
// runtime's few batch drainers instead of one pool item each (fs_req.cc).
bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 std::unique_ptr<Job> job, bool batched = false);

// Each part's functions, defined on the binding by InitFs.
bool InitFsOps(JSContext* cx, JS::HandleObject target);
bool InitFsIo(JSContext* cx, JS::HandleObject target);
bool InitFsDir(JSContext* cx, JS::HandleObject target);
bool InitFsWatch(JSContext* cx, JS::HandleObject target);

// A failed job's result for a synchronous caller: [errno, syscall(, path)].
[[nodiscard]] bool JobFailureArray(JSContext* cx, const Job& job, JS::MutableHandleValue out);

}  // namespace eddy::bindings::fs

#endif  // EDDY_BINDINGS_FS_FS_REQ_H_
