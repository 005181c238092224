// eddy: the `fs` binding (node's src/node_file.cc). Every file-system call of
// node:fs and node:fs/promises, plus the synchronous helpers the module loader
// and stdio use (readFileUtf8, internalModuleStat, the two-argument forms of
// writeString/writeBuffer, guessHandleType).
//
// The parts: this file has path, descriptor and metadata calls (open, close,
// stat family, access, rename, links, permissions, times, copyFile, ...);
// fs_io.cc moves bytes (read, write, readv, writev, readFile, writeFileUtf8);
// fs_dir.cc has directories (mkdir with its recursive form, mkdtemp,
// readdir, rm -r, opendir's DirHandle); fs_watch.cc the FSEvent and
// StatWatcher handles behind fs.watch and fs.watchFile. fs_req.h explains the calling convention
// they share: the last argument is `req`, undefined for a synchronous call.
#include <errno.h>
#include <fcntl.h>
#include <js/Date.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cmath>
#include <string>

#include "bindings/fs/fs_req.h"
#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace fs {

namespace {

// --- helpers the loader uses -----------------------------------------------------

// internalModuleStat(path): 0 file, 1 directory, negative errno otherwise.
bool InternalModuleStat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    args.rval().setInt32(uv_translate_sys_error(errno));
  } else {
    args.rval().setInt32(S_ISDIR(st.st_mode) ? 1 : 0);
  }
  return true;
}

// guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN'.
bool GuessHandleType(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
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

// --- results ------------------------------------------------------------------------


// Stat results in node's order: dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, then atime, mtime, ctime, birthtime as (seconds,
// nanoseconds) pairs. A Float64Array, or a BigInt64Array for `bigint`.
bool StatToValue(JSContext* cx, const uv_stat_t* st, bool bigint,
                 JS::MutableHandleValue out) {
  int64_t fields[kStatFields];
  FillStat(st, fields);
  JS::RootedObject arr(cx, bigint ? JS_NewBigInt64Array(cx, kStatFields)
                                  : JS_NewFloat64Array(cx, kStatFields));
  if (!arr) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    if (bigint) {
      int64_t* data = JS_GetBigInt64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < kStatFields; i++) data[i] = fields[i];
    } else {
      double* data = JS_GetFloat64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < kStatFields; i++) data[i] = static_cast<double>(fields[i]);
    }
  }
  out.setObject(*arr);
  return true;
}

bool ResultStat(JSContext* cx, uv_fs_t* req, const FsResult& how,
                JS::HandleObject target, JS::MutableHandleValue out) {
  return StatToValue(cx, &req->statbuf, how.bigint, out);
}

// statfs: type, bsize, blocks, bfree, bavail, files, ffree.
bool ResultStatfs(JSContext* cx, uv_fs_t* req, const FsResult& how,
                  JS::HandleObject target, JS::MutableHandleValue out) {
  const auto* s = static_cast<const uv_statfs_t*>(req->ptr);
  const int64_t fields[7] = {
      static_cast<int64_t>(s->f_type), static_cast<int64_t>(s->f_bsize),
      static_cast<int64_t>(s->f_blocks), static_cast<int64_t>(s->f_bfree),
      static_cast<int64_t>(s->f_bavail), static_cast<int64_t>(s->f_files),
      static_cast<int64_t>(s->f_ffree)};
  JS::RootedObject arr(cx, how.bigint ? JS_NewBigInt64Array(cx, 7)
                                      : JS_NewFloat64Array(cx, 7));
  if (!arr) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    if (how.bigint) {
      int64_t* data = JS_GetBigInt64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < 7; i++) data[i] = fields[i];
    } else {
      double* data = JS_GetFloat64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < 7; i++) data[i] = static_cast<double>(fields[i]);
    }
  }
  out.setObject(*arr);
  return true;
}

// readlink / realpath: the path in req->ptr.
bool ResultPtrString(JSContext* cx, uv_fs_t* req, const FsResult& how,
                     JS::HandleObject target, JS::MutableHandleValue out) {
  const char* s = static_cast<const char*>(req->ptr);
  return BytesToValue(cx, s, strlen(s), how.utf8, out);
}

const FsResult kNumber{ResultNumber};
const FsResult kUndefined{ResultUndefined};

// --- calls -------------------------------------------------------------------------

#define EDDY_FS_ARGS JS::CallArgs args = JS::CallArgsFromVp(argc, vp)
#define EDDY_FS_START [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb)

// access(path, mode, req)
bool Access(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  int mode = static_cast<int>(IntArg(args.get(1), F_OK));
  return Dispatch(cx, args, 2, kUndefined, EDDY_FS_START {
    return uv_fs_access(loop, req, path.c_str(), mode, cb);
  });
}

// open(path, flags, mode, req) -> fd
bool Open(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  int flags = static_cast<int>(IntArg(args.get(1), O_RDONLY));
  int mode = static_cast<int>(IntArg(args.get(2), 0666));
  return Dispatch(cx, args, 3, kNumber, EDDY_FS_START {
    return uv_fs_open(loop, req, path.c_str(), flags | O_CLOEXEC, mode, cb);
  });
}

// close(fd, req)
bool Close(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  return Dispatch(cx, args, 1, kUndefined, EDDY_FS_START {
    return uv_fs_close(loop, req, fd, cb);
  });
}

// fstat(fd, bigint, req) / stat(path, bigint, req) / lstat(path, bigint, req)
bool Fstat(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  FsResult how{ResultStat};
  how.bigint = JS::ToBoolean(args.get(1));
  return Dispatch(cx, args, 2, how, EDDY_FS_START {
    return uv_fs_fstat(loop, req, fd, cb);
  });
}

// Fills `out` (a Float64Array of at least kStatFields elements, which a
// synchronous caller passes to skip allocating one per call) and returns it;
// false when `out` is not such an array.
bool StatIntoArray(const uv_stat_t* st, JSObject* out) {
  JS::AutoCheckCannotGC nogc;
  size_t len = 0;
  bool shared = false;
  double* d = nullptr;
  if (!JS_GetObjectAsFloat64Array(out, &len, &shared, &d)) return false;
  if (!d || shared || len < static_cast<size_t>(kStatFields)) return false;
  int64_t fields[kStatFields];
  FillStat(st, fields);
  for (int i = 0; i < kStatFields; i++) d[i] = static_cast<double>(fields[i]);
  return true;
}

// stat(path, bigint, req, out) / lstat(...): a synchronous call (req
// undefined) with a Float64Array `out` fills and returns that array (lib/
// builds the Stats, Dates included, from it: cheaper than making the four
// Dates here and storing them into an array).
template <bool kLstat>
bool StatPath(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  FsResult how{ResultStat};
  how.bigint = JS::ToBoolean(args.get(1));
  if (!how.bigint && args.get(2).isUndefined() && args.get(3).isObject()) {
    uv_fs_t req;
    int err = kLstat ? uv_fs_lstat(nullptr, &req, path.c_str(), nullptr)
                     : uv_fs_stat(nullptr, &req, path.c_str(), nullptr);
    if (err < 0) {
      args.rval().setInt32(err);
    } else if (StatIntoArray(&req.statbuf, &args[3].toObject())) {
      args.rval().set(args[3]);
    } else if (!StatToValue(cx, &req.statbuf, false, args.rval())) {
      uv_fs_req_cleanup(&req);
      return false;
    }
    uv_fs_req_cleanup(&req);
    return true;
  }
  return Dispatch(cx, args, 2, how, EDDY_FS_START {
    return kLstat ? uv_fs_lstat(loop, req, path.c_str(), cb)
                  : uv_fs_stat(loop, req, path.c_str(), cb);
  });
}

// statfs(path, bigint, req)
bool Statfs(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  FsResult how{ResultStatfs};
  how.bigint = JS::ToBoolean(args.get(1));
  return Dispatch(cx, args, 2, how, EDDY_FS_START {
    return uv_fs_statfs(loop, req, path.c_str(), cb);
  });
}

// Calls taking one path: unlink(path, req), rmdir(path, req).
template <int (*kFn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
bool PathCall(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  return Dispatch(cx, args, 1, kUndefined, EDDY_FS_START {
    return kFn(loop, req, path.c_str(), cb);
  });
}

// Calls taking two paths: rename(from, to, req), link(existing, new, req).
template <int (*kFn)(uv_loop_t*, uv_fs_t*, const char*, const char*, uv_fs_cb)>
bool TwoPathCall(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string from, to;
  if (!PathArg(cx, args.get(0), &from) || !PathArg(cx, args.get(1), &to)) return false;
  return Dispatch(cx, args, 2, kUndefined, EDDY_FS_START {
    return kFn(loop, req, from.c_str(), to.c_str(), cb);
  });
}

// Calls taking one descriptor: fsync(fd, req), fdatasync(fd, req).
template <int (*kFn)(uv_loop_t*, uv_fs_t*, uv_file, uv_fs_cb)>
bool FdCall(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  return Dispatch(cx, args, 1, kUndefined, EDDY_FS_START {
    return kFn(loop, req, fd, cb);
  });
}

// ftruncate(fd, length, req)
bool Ftruncate(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  int64_t len = IntArg(args.get(1), 0);
  return Dispatch(cx, args, 2, kUndefined, EDDY_FS_START {
    return uv_fs_ftruncate(loop, req, fd, len, cb);
  });
}

// readlink(path, encoding, req) / realpath(path, encoding, req) -> path
template <bool kRealpath>
bool PathResult(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  FsResult how{ResultPtrString};
  if (!WantsUtf8(cx, args.get(1), &how.utf8)) return false;
  return Dispatch(cx, args, 2, how, EDDY_FS_START {
    return kRealpath ? uv_fs_realpath(loop, req, path.c_str(), cb)
                     : uv_fs_readlink(loop, req, path.c_str(), cb);
  });
}

// symlink(target, path, flags, req)
bool Symlink(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string target, path;
  if (!PathArg(cx, args.get(0), &target) || !PathArg(cx, args.get(1), &path)) return false;
  int flags = static_cast<int>(IntArg(args.get(2), 0));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return uv_fs_symlink(loop, req, target.c_str(), path.c_str(), flags, cb);
  });
}

// chmod(path, mode, req) / fchmod(fd, mode, req)
bool Chmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  int mode = static_cast<int>(IntArg(args.get(1), 0));
  return Dispatch(cx, args, 2, kUndefined, EDDY_FS_START {
    return uv_fs_chmod(loop, req, path.c_str(), mode, cb);
  });
}

bool Fchmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  int mode = static_cast<int>(IntArg(args.get(1), 0));
  return Dispatch(cx, args, 2, kUndefined, EDDY_FS_START {
    return uv_fs_fchmod(loop, req, fd, mode, cb);
  });
}

// chown(path, uid, gid, req) / lchown(...) / fchown(fd, uid, gid, req).
// -1 leaves an id unchanged.
template <bool kLchown>
bool Chown(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  auto uid = static_cast<uv_uid_t>(IntArg(args.get(1), -1));
  auto gid = static_cast<uv_gid_t>(IntArg(args.get(2), -1));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return kLchown ? uv_fs_lchown(loop, req, path.c_str(), uid, gid, cb)
                   : uv_fs_chown(loop, req, path.c_str(), uid, gid, cb);
  });
}

bool Fchown(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  auto uid = static_cast<uv_uid_t>(IntArg(args.get(1), -1));
  auto gid = static_cast<uv_gid_t>(IntArg(args.get(2), -1));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return uv_fs_fchown(loop, req, fd, uid, gid, cb);
  });
}

double TimeArg(const JS::Value& v) {
  if (v.isNumber()) return v.toNumber();
  return 0;
}

// utimes(path, atime, mtime, req) / lutimes(...) / futimes(fd, ...): times
// in seconds (fractions allowed).
template <bool kLutimes>
bool Utimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  double atime = TimeArg(args.get(1)), mtime = TimeArg(args.get(2));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return kLutimes ? uv_fs_lutime(loop, req, path.c_str(), atime, mtime, cb)
                    : uv_fs_utime(loop, req, path.c_str(), atime, mtime, cb);
  });
}

bool Futimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  double atime = TimeArg(args.get(1)), mtime = TimeArg(args.get(2));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return uv_fs_futime(loop, req, fd, atime, mtime, cb);
  });
}

// copyFile(src, dest, mode, req): mode is COPYFILE_EXCL | COPYFILE_FICLONE |
// COPYFILE_FICLONE_FORCE.
bool CopyFile(JSContext* cx, unsigned argc, JS::Value* vp) {
  EDDY_FS_ARGS;
  std::string src, dest;
  if (!PathArg(cx, args.get(0), &src) || !PathArg(cx, args.get(1), &dest)) return false;
  int mode = static_cast<int>(IntArg(args.get(2), 0));
  return Dispatch(cx, args, 3, kUndefined, EDDY_FS_START {
    return uv_fs_copyfile(loop, req, src.c_str(), dest.c_str(), mode, cb);
  });
}

#undef EDDY_FS_START
#undef EDDY_FS_ARGS

const JSFunctionSpec kMethods[] = {
    JS_FN("access", Access, 3, 0),
    JS_FN("open", Open, 4, 0),
    JS_FN("close", Close, 2, 0),
    JS_FN("fstat", Fstat, 3, 0),
    JS_FN("stat", StatPath<false>, 3, 0),
    JS_FN("lstat", StatPath<true>, 3, 0),
    JS_FN("statfs", Statfs, 3, 0),
    JS_FN("unlink", PathCall<uv_fs_unlink>, 2, 0),
    JS_FN("rmdir", PathCall<uv_fs_rmdir>, 2, 0),
    JS_FN("rename", TwoPathCall<uv_fs_rename>, 3, 0),
    JS_FN("link", TwoPathCall<uv_fs_link>, 3, 0),
    JS_FN("symlink", Symlink, 4, 0),
    JS_FN("readlink", PathResult<false>, 3, 0),
    JS_FN("realpath", PathResult<true>, 3, 0),
    JS_FN("fsync", FdCall<uv_fs_fsync>, 2, 0),
    JS_FN("fdatasync", FdCall<uv_fs_fdatasync>, 2, 0),
    JS_FN("ftruncate", Ftruncate, 3, 0),
    JS_FN("chmod", Chmod, 3, 0),
    JS_FN("fchmod", Fchmod, 3, 0),
    JS_FN("chown", Chown<false>, 4, 0),
    JS_FN("lchown", Chown<true>, 4, 0),
    JS_FN("fchown", Fchown, 4, 0),
    JS_FN("utimes", Utimes<false>, 4, 0),
    JS_FN("lutimes", Utimes<true>, 4, 0),
    JS_FN("futimes", Futimes, 4, 0),
    JS_FN("copyFile", CopyFile, 4, 0),
    JS_FN("internalModuleStat", InternalModuleStat, 1, 0),
    JS_FN("guessHandleType", GuessHandleType, 1, 0),
    JS_FS_END};

}  // namespace

bool InitFsOps(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace fs

bool InitFs(JSContext* cx, JS::HandleObject target) {
  return fs::InitFsOps(cx, target) && fs::InitFsIo(cx, target) &&
         fs::InitFsDir(cx, target) && fs::InitFsWatch(cx, target);
}

}  // namespace eddy::bindings
