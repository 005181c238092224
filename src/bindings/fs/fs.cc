// eddy: the `fs` binding (node's src/node_file.cc), the synchronous core that
// module loading and stdio need now: read a file as UTF-8, stat for the
// module resolver, realpath, and a blocking write used by the stdio streams
// when they are files (and, until tty/pipe handles land, for TTYs and pipes).
// Failures return a negative libuv errno; lib/ builds Node's exception.
#include <errno.h>
#include <fcntl.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/req_wrap.h"

namespace eddy::bindings {

namespace {

bool ReadFileUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    args.rval().setInt32(uv_translate_sys_error(errno));
    return true;
  }
  std::string data;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    args.rval().setInt32(UV_EISDIR);
    return true;
  }
  if (fstat(fd, &st) == 0 && st.st_size > 0) data.reserve(st.st_size);
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = uv_translate_sys_error(errno);
      close(fd);
      args.rval().setInt32(err);
      return true;
    }
    if (n == 0) break;
    data.append(buf, n);
  }
  close(fd);
  JSString* s = NewStringUtf8(cx, data);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// internalModuleStat(path): 0 file, 1 directory, negative errno otherwise.
bool InternalModuleStat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    args.rval().setInt32(uv_translate_sys_error(errno));
  } else {
    args.rval().setInt32(S_ISDIR(st.st_mode) ? 1 : 0);
  }
  return true;
}

bool RealPath(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  char buf[PATH_MAX];
  if (!realpath(path.c_str(), buf)) {
    args.rval().setInt32(uv_translate_sys_error(errno));
    return true;
  }
  JSString* s = NewStringUtf8(cx, buf);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

int WriteAll(int fd, const char* data, size_t len, size_t* written) {
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, data + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {fd, POLLOUT, 0};
        poll(&p, 1, -1);
        continue;
      }
      *written = off;
      return uv_translate_sys_error(errno);
    }
    off += static_cast<size_t>(n);
  }
  *written = off;
  return 0;
}

// writeBuffer(fd, view): like writeString for an ArrayBufferView. The bytes
// are copied out first: a small typed array's data can move during GC.
bool WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
  if (!args.get(1).isObject()) return false;
  JSObject* view = js::UnwrapArrayBufferView(&args[1].toObject());
  if (!view) return false;
  std::string data;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    size_t len = JS_GetArrayBufferViewByteLength(view);
    const void* p = JS_GetArrayBufferViewData(view, &shared, nogc);
    data.assign(reinterpret_cast<const char*>(p), len);
  }
  size_t written = 0;
  int err = WriteAll(fd, data.data(), data.size(), &written);
  if (err) args.rval().setInt32(err);
  else args.rval().setNumber(static_cast<double>(written));
  return true;
}

// writeString(fd, string): writes all of it, waiting on a non-blocking fd.
// Returns bytes written or a negative errno.
bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
  std::string data;
  if (!ToUtf8(cx, args.get(1), &data)) return false;
  size_t written = 0;
  int err = WriteAll(fd, data.data(), data.size(), &written);
  if (err) args.rval().setInt32(err);
  else args.rval().setNumber(static_cast<double>(written));
  return true;
}

// guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN'.
bool GuessHandleType(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
  const char* type = "UNKNOWN";
  switch (uv_guess_handle(fd)) {
    case UV_TTY: type = "TTY"; break;
    case UV_FILE: type = "FILE"; break;
    case UV_NAMED_PIPE: type = "PIPE"; break;
    case UV_TCP: type = "TCP"; break;
    case UV_UDP: type = "UDP"; break;
    default: break;
  }
  JSString* s = JS_NewStringCopyZ(cx, type);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// --- asynchronous operations on the thread pool ---------------------------------
//
// The pattern every async fs function follows: the last argument is either
// undefined (synchronous: run now, return the result or a negative errno) or
// a request object from lib/ (an FSReqCallback with `oncomplete`). For a
// request, an FsReq (ReqWrap<uv_fs_t>) keeps it alive while libuv runs the
// call on its thread pool; AfterFs converts the result and calls
// `req.oncomplete(errno, result)` through a CallbackScope (errno 0 = success;
// lib/ builds node's exception from a negative errno).

using ResultFn = bool (*)(JSContext* cx, uv_fs_t* req, JS::MutableHandleValue out);

class FsReq final : public loop::ReqWrap<uv_fs_t> {
 public:
  FsReq(Runtime* rt, JSObject* obj, ResultFn result)
      : ReqWrap(rt, obj), result_(result) {}
  ~FsReq() override { uv_fs_req_cleanup(uv_req()); }
  ResultFn result_;
};

bool ResultNumber(JSContext* cx, uv_fs_t* req, JS::MutableHandleValue out) {
  out.setNumber(static_cast<double>(req->result));
  return true;
}

bool ResultUndefined(JSContext* cx, uv_fs_t* req, JS::MutableHandleValue out) {
  out.setUndefined();
  return true;
}

// Stat results as node's stat array order: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, atime (s, ns), mtime, ctime, birthtime.
bool StatToArray(JSContext* cx, const uv_stat_t* st, JS::MutableHandleValue out) {
  const double fields[] = {
      static_cast<double>(st->st_dev), static_cast<double>(st->st_mode),
      static_cast<double>(st->st_nlink), static_cast<double>(st->st_uid),
      static_cast<double>(st->st_gid), static_cast<double>(st->st_rdev),
      static_cast<double>(st->st_blksize), static_cast<double>(st->st_ino),
      static_cast<double>(st->st_size), static_cast<double>(st->st_blocks),
      static_cast<double>(st->st_atim.tv_sec), static_cast<double>(st->st_atim.tv_nsec),
      static_cast<double>(st->st_mtim.tv_sec), static_cast<double>(st->st_mtim.tv_nsec),
      static_cast<double>(st->st_ctim.tv_sec), static_cast<double>(st->st_ctim.tv_nsec),
      static_cast<double>(st->st_birthtim.tv_sec), static_cast<double>(st->st_birthtim.tv_nsec)};
  JS::RootedObject arr(cx, JS_NewFloat64Array(cx, 18));
  if (!arr) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    double* data = JS_GetFloat64ArrayData(arr, &shared, nogc);
    for (int i = 0; i < 18; i++) data[i] = fields[i];
  }
  out.setObject(*arr);
  return true;
}

bool ResultStat(JSContext* cx, uv_fs_t* req, JS::MutableHandleValue out) {
  return StatToArray(cx, &req->statbuf, out);
}

void AfterFs(uv_fs_t* uvreq) {
  auto* req = static_cast<FsReq*>(FsReq::From(uvreq));
  Runtime* rt = req->runtime();
  if (uvreq->result == UV_ECANCELED || !rt->can_call_into_js()) {
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  JS::RootedValueArray<2> args(cx);
  if (uvreq->result < 0) {
    args[0].setInt32(static_cast<int32_t>(uvreq->result));
  } else {
    args[0].setInt32(0);
    if (!req->result_(cx, uvreq, args[1])) {
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

// Runs a uv_fs_* call synchronously (req undefined) or on the thread pool.
template <typename Start>
bool Dispatch(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
              ResultFn result, Start start) {
  JS::HandleValue req_val = args.get(req_index);
  if (req_val.isObject()) {
    auto* req = new FsReq(Runtime::From(cx), &req_val.toObject(), result);
    int err = start(Runtime::From(cx)->loop(), req->uv_req(), AfterFs);
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
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    args.rval().setInt32(err);
    return true;
  }
  bool ok = result(cx, &req, args.rval());
  uv_fs_req_cleanup(&req);
  return ok;
}

// open(path, flags, mode, req) -> fd | errno
bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int flags = static_cast<int>(args.get(1).toNumber());
  int mode = static_cast<int>(args.get(2).toNumber());
  return Dispatch(cx, args, 3, ResultNumber, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_open(loop, req, path.c_str(), flags | O_CLOEXEC, mode, cb);
  });
}

// close(fd, req) -> undefined | errno
bool Close(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(args.get(0).toNumber());
  return Dispatch(cx, args, 1, ResultUndefined, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_close(loop, req, fd, cb);
  });
}

// fstat(fd, req) / stat(path, req) / lstat(path, req) -> Float64Array(18) | errno
bool Fstat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(args.get(0).toNumber());
  return Dispatch(cx, args, 1, ResultStat, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fstat(loop, req, fd, cb);
  });
}

template <bool kLstat>
bool StatPath(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  return Dispatch(cx, args, 1, ResultStat, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kLstat ? uv_fs_lstat(loop, req, path.c_str(), cb)
                  : uv_fs_stat(loop, req, path.c_str(), cb);
  });
}

const JSFunctionSpec kMethods[] = {
    JS_FN("open", Open, 4, 0),
    JS_FN("close", Close, 2, 0),
    JS_FN("fstat", Fstat, 2, 0),
    JS_FN("stat", StatPath<false>, 2, 0),
    JS_FN("lstat", StatPath<true>, 2, 0),
    JS_FN("readFileUtf8", ReadFileUtf8, 1, 0),
    JS_FN("internalModuleStat", InternalModuleStat, 1, 0),
    JS_FN("realpath", RealPath, 1, 0),
    JS_FN("writeString", WriteString, 2, 0),
    JS_FN("writeBuffer", WriteBuffer, 2, 0),
    JS_FN("guessHandleType", GuessHandleType, 1, 0), JS_FS_END};

}  // namespace

bool InitFs(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
