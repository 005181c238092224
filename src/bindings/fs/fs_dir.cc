// eddy: the directory part of the `fs` binding: mkdir (and its recursive
// form, which returns the first directory it created), mkdtemp, readdir and
// opendir's DirHandle, whose read() returns entries in batches.
#include <errno.h>
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <jsfriendapi.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <string>
#include <vector>

#include "bindings/fs/fs_req.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::fs {

namespace {

// --- mkdir -----------------------------------------------------------------------

// The parent of `p` ("a/b/" -> "a", "a" -> ".", "/" -> "/").
std::string Parent(const std::string& p) {
  size_t end = p.size();
  while (end > 1 && p[end - 1] == '/') end--;
  size_t slash = p.rfind('/', end - 1);
  if (slash == std::string::npos) return ".";
  while (slash > 0 && p[slash - 1] == '/') slash--;
  return slash == 0 ? "/" : p.substr(0, slash);
}

bool IsDirectory(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// mkdir -p: makes every missing directory of `path`. The result is the first
// (outermost) directory it made, spelled as the ancestor of `path` it is, or
// undefined when all existed.
class MkdirpJob final : public Job {
 public:
  std::string path;
  int mode = 0777;

  void Run() override {
    syscall = "mkdir";
    std::vector<std::string> todo{path};
    while (!todo.empty()) {
      const std::string& next = todo.back();
      if (mkdir(next.c_str(), mode) == 0) {
        if (first_.empty()) first_ = next;
        todo.pop_back();
        continue;
      }
      int e = errno;
      if (e == EINTR) continue;
      if (e == ENOENT) {
        std::string parent = Parent(next);
        if (parent == next || todo.size() > 4096) {
          err = uv_translate_sys_error(e);
          return;
        }
        todo.push_back(parent);
        continue;
      }
      if (IsDirectory(next)) {
        todo.pop_back();
        continue;
      }
      if (e == EEXIST) {
        // A file where a directory should be: EEXIST for the path itself,
        // ENOTDIR for an ancestor of it (node's wording).
        err = todo.size() == 1 ? UV_EEXIST : UV_ENOTDIR;
        return;
      }
      err = uv_translate_sys_error(e);
      return;
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    if (first_.empty()) {
      out.setUndefined();
      return true;
    }
    JSString* s = NewStringUtf8(cx, first_);
    if (!s) return false;
    out.setString(s);
    return true;
  }

 private:
  std::string first_;
};

// mkdir(path, mode, recursive, req): undefined (or, recursive, the first
// directory made). A failure is a negative errno, or [errno, 'mkdir'] for
// the recursive form.
bool Mkdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  int mode = static_cast<int>(IntArg(args.get(1), 0777));
  if (JS::ToBoolean(args.get(2))) {
    auto job = std::make_unique<MkdirpJob>();
    job->path = std::move(path);
    job->mode = mode;
    return DispatchJob(cx, args, 3, std::move(job));
  }
  return Dispatch(cx, args, 3, FsResult{ResultUndefined},
                  [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
                    return uv_fs_mkdir(loop, req, path.c_str(), mode, cb);
                  });
}

bool ResultMkdtemp(JSContext* cx, uv_fs_t* req, const FsResult& how,
                   JS::HandleObject target, JS::MutableHandleValue out) {
  return BytesToValue(cx, req->path, strlen(req->path), how.utf8, out);
}

// mkdtemp(prefix, encoding, req) -> the new directory's path.
bool Mkdtemp(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string tmpl;
  if (!PathArg(cx, args.get(0), &tmpl)) return false;
  tmpl += "XXXXXX";
  FsResult how{ResultMkdtemp};
  if (!WantsUtf8(cx, args.get(1), &how.utf8)) return false;
  return Dispatch(cx, args, 2, how, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_mkdtemp(loop, req, tmpl.c_str(), cb);
  });
}

// --- rm ---------------------------------------------------------------------------

// rm(path, maxRetries, retryDelay, req): removes a file, link or whole
// directory tree (node's rimraf; lib/ has already checked the options and
// that a directory may go). Entries that vanish meanwhile are not errors.
// EBUSY, EMFILE, ENFILE, ENOTEMPTY and EPERM are retried up to maxRetries
// times, waiting retryDelay ms longer each time. A failure names the call
// and the path it failed on.
class RmJob final : public Job {
 public:
  std::string path;
  int max_retries = 0;
  int retry_delay = 100;

  void Run() override {
    for (int attempt = 0;; attempt++) {
      err = 0;
      Remove(path);
      if (err == 0 || attempt >= max_retries || !Retryable(err)) return;
      uv_sleep(static_cast<unsigned>(retry_delay) * (attempt + 1));
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    out.setUndefined();
    return true;
  }

 private:
  static bool Retryable(int e) {
    return e == UV_EBUSY || e == UV_EMFILE || e == UV_ENFILE || e == UV_ENOTEMPTY ||
           e == UV_EPERM;
  }

  bool Fail(const char* call, const std::string& p) {
    err = uv_translate_sys_error(errno);
    syscall = call;
    if (p != path) err_path = p;
    return false;
  }

  bool Remove(const std::string& p) {
    struct stat st;
    if (lstat(p.c_str(), &st) != 0) return errno == ENOENT || Fail("lstat", p);
    if (!S_ISDIR(st.st_mode)) {
      if (unlink(p.c_str()) == 0 || errno == ENOENT) return true;
      return Fail("unlink", p);
    }
    if (rmdir(p.c_str()) == 0 || errno == ENOENT) return true;
    if (errno != ENOTEMPTY && errno != EEXIST && errno != EPERM) return Fail("rmdir", p);
    uv_fs_t req;
    int n = uv_fs_scandir(nullptr, &req, p.c_str(), 0, nullptr);
    if (n < 0) {
      uv_fs_req_cleanup(&req);
      if (n == UV_ENOENT) return true;
      errno = -n;
      return Fail("scandir", p);
    }
    uv_dirent_t ent;
    bool ok = true;
    std::string base = p;
    if (base.empty() || base.back() != '/') base += '/';
    while (ok && uv_fs_scandir_next(&req, &ent) != UV_EOF) ok = Remove(base + ent.name);
    uv_fs_req_cleanup(&req);
    if (!ok) return false;
    if (rmdir(p.c_str()) == 0 || errno == ENOENT) return true;
    return Fail("rmdir", p);
  }
};

bool Rm(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto job = std::make_unique<RmJob>();
  if (!PathArg(cx, args.get(0), &job->path)) return false;
  job->max_retries = static_cast<int>(IntArg(args.get(1), 0));
  job->retry_delay = static_cast<int>(IntArg(args.get(2), 100));
  if (job->max_retries < 0) job->max_retries = 0;
  if (job->retry_delay < 0) job->retry_delay = 0;
  return DispatchJob(cx, args, 3, std::move(job));
}

// --- readdir ---------------------------------------------------------------------

// names, or [names, types] with types as UV_DIRENT_* numbers.
bool ResultScandir(JSContext* cx, uv_fs_t* req, const FsResult& how,
                   JS::HandleObject target, JS::MutableHandleValue out) {
  JS::RootedObject names(cx, JS::NewArrayObject(cx, 0));
  JS::RootedObject types(cx, how.with_types ? JS::NewArrayObject(cx, 0) : nullptr);
  if (!names || (how.with_types && !types)) return false;
  uv_dirent_t ent;
  uint32_t i = 0;
  JS::RootedValue v(cx);
  while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
    if (!BytesToValue(cx, ent.name, strlen(ent.name), how.utf8, &v) ||
        !JS_SetElement(cx, names, i, v)) {
      return false;
    }
    if (types && !JS_SetElement(cx, types, i, static_cast<int32_t>(ent.type))) return false;
    i++;
  }
  if (!types) {
    out.setObject(*names);
    return true;
  }
  JS::RootedValueArray<2> pair(cx);
  pair[0].setObject(*names);
  pair[1].setObject(*types);
  JSObject* arr = JS::NewArrayObject(cx, pair);
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

// readdir(path, encoding, withFileTypes, req)
bool Readdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  FsResult how{ResultScandir};
  if (!WantsUtf8(cx, args.get(1), &how.utf8)) return false;
  how.with_types = JS::ToBoolean(args.get(2));
  return Dispatch(cx, args, 3, how, [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
  });
}

// --- DirHandle ---------------------------------------------------------------------
//
// opendir's handle (node's DirHandle): read(encoding, bufferSize, req) gives
// the next entries as [name, type, name, type, ...] or null at the end;
// close(req). lib/ runs one operation at a time; a second one while the
// first is on the thread pool gets EBUSY, and calls after close get EBADF.
// A handle collected while open is closed by the finalizer.

struct DirWrap {
  uv_dir_t* dir = nullptr;
  std::vector<uv_dirent_t> entries;
  bool busy = false;
};

void FinalizeDir(JS::GCContext* gcx, JSObject* obj);

const JSClassOps kDirOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                            nullptr, FinalizeDir, nullptr, nullptr, nullptr};
const JSClass kDirClass = {
    "DirHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kDirOps};

void FinalizeDir(JS::GCContext* gcx, JSObject* obj) {
  auto* w = JS::GetMaybePtrFromReservedSlot<DirWrap>(obj, kNativeSlot);
  if (!w) return;
  if (w->dir && !w->busy) {
    uv_fs_t req;
    uv_fs_closedir(nullptr, &req, w->dir, nullptr);
    uv_fs_req_cleanup(&req);
  }
  delete w;
}

DirWrap* UnwrapDir(JSObject* obj) { return UnwrapObject<DirWrap>(obj, &kDirClass); }

void ClearBusy(JSObject* target) {
  if (DirWrap* w = target ? UnwrapDir(target) : nullptr) w->busy = false;
}

bool ResultOpendir(JSContext* cx, uv_fs_t* req, const FsResult& how,
                   JS::HandleObject target, JS::MutableHandleValue out) {
  auto* w = new DirWrap();
  w->dir = static_cast<uv_dir_t*>(req->ptr);
  SetNative(target, w);
  out.setObject(*target);
  return true;
}

// opendir(path, encoding, req) -> DirHandle
bool Opendir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  JS::RootedObject proto(cx, &js::GetFunctionNativeReserved(&args.callee(), 0).toObject());
  JS::RootedObject handle(cx, JS_NewObjectWithGivenProto(cx, &kDirClass, proto));
  if (!handle) return false;
  return DispatchWith(
      cx, args, 2, FsResult{ResultOpendir},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_opendir(loop, req, path.c_str(), cb);
      },
      [&](FsReq* r) {
        r->SetTarget(cx, handle, 0, false);
        return true;
      },
      handle);
}

bool ResultDirRead(JSContext* cx, uv_fs_t* req, const FsResult& how,
                   JS::HandleObject target, JS::MutableHandleValue out) {
  if (req->result == 0) {
    out.setNull();
    return true;
  }
  auto* dir = static_cast<uv_dir_t*>(req->ptr);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedValue v(cx);
  for (ssize_t i = 0; i < req->result; i++) {
    const uv_dirent_t& ent = dir->dirents[i];
    if (!BytesToValue(cx, ent.name, strlen(ent.name), how.utf8, &v) ||
        !JS_SetElement(cx, arr, static_cast<uint32_t>(2 * i), v) ||
        !JS_SetElement(cx, arr, static_cast<uint32_t>(2 * i + 1),
                       static_cast<int32_t>(ent.type))) {
      return false;
    }
  }
  out.setObject(*arr);
  return true;
}

// DirHandle.prototype.read(encoding, bufferSize, req)
bool DirRead(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject self(cx, args.thisv().isObject() ? &args.thisv().toObject() : nullptr);
  DirWrap* w = self ? UnwrapDir(self) : nullptr;
  if (!w || !w->dir) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  if (w->busy) {
    args.rval().setInt32(UV_EBUSY);
    return true;
  }
  FsResult how{ResultDirRead};
  if (!WantsUtf8(cx, args.get(0), &how.utf8)) return false;
  how.on_done = ClearBusy;
  int64_t size = IntArg(args.get(1), 32);
  if (size < 1) size = 1;
  if (size > 4096) size = 4096;
  w->entries.resize(static_cast<size_t>(size));
  w->dir->dirents = w->entries.data();
  w->dir->nentries = w->entries.size();
  w->busy = true;
  uv_dir_t* dir = w->dir;
  return DispatchWith(
      cx, args, 2, how,
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        int r = uv_fs_readdir(loop, req, dir, cb);
        if (r < 0 && loop) w->busy = false;
        return r;
      },
      [&](FsReq* r) {
        r->SetTarget(cx, self, 0, false);
        return true;
      },
      self);
}

// DirHandle.prototype.close(req)
bool DirClose(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject self(cx, args.thisv().isObject() ? &args.thisv().toObject() : nullptr);
  DirWrap* w = self ? UnwrapDir(self) : nullptr;
  if (!w || !w->dir) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  if (w->busy) {
    args.rval().setInt32(UV_EBUSY);
    return true;
  }
  // libuv frees the uv_dir_t whatever happens: the handle is closed from now.
  uv_dir_t* dir = w->dir;
  w->dir = nullptr;
  return DispatchWith(
      cx, args, 0, FsResult{ResultUndefined},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_closedir(loop, req, dir, cb);
      },
      [&](FsReq* r) {
        r->SetTarget(cx, self, 0, false);
        return true;
      });
}

bool DirHandleCtor(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS_ReportErrorUTF8(cx, "Illegal constructor");
  return false;
}

const JSFunctionSpec kDirMethods[] = {
    JS_FN("read", DirRead, 3, 0),
    JS_FN("close", DirClose, 1, 0),
    JS_FS_END};

const JSFunctionSpec kMethods[] = {
    JS_FN("mkdir", Mkdir, 4, 0),
    JS_FN("mkdtemp", Mkdtemp, 3, 0),
    JS_FN("readdir", Readdir, 4, 0),
    JS_FN("rm", Rm, 4, 0),
    JS_FS_END};

}  // namespace

bool InitFsDir(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  JS::RootedObject proto(cx, JS_InitClass(cx, target, nullptr, &kDirClass, DirHandleCtor,
                                          0, nullptr, kDirMethods, nullptr, nullptr));
  if (!proto) return false;
  // opendir finds the prototype of the handles it makes in its reserved slot.
  JSFunction* fn = js::NewFunctionWithReserved(cx, Opendir, 3, 0, "opendir");
  if (!fn) return false;
  JS::RootedObject fnobj(cx, JS_GetFunctionObject(fn));
  js::SetFunctionNativeReserved(fnobj, 0, JS::ObjectValue(*proto));
  JS::RootedValue v(cx, JS::ObjectValue(*fnobj));
  return JS_DefineProperty(cx, target, "opendir", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings::fs
