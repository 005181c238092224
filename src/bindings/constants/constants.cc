// eddy: the `constants` binding (node's src/node_constants.cc): os.signals,
// os.errno and os.priority tables. fs and crypto constants join with their
// modules.
#include <errno.h>
#include <fcntl.h>
#include <js/PropertyAndElement.h>
#include <sys/stat.h>
#include <unistd.h>
#include <signal.h>
#include <uv.h>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

#define EDDY_SIGNALS(V)                                                       \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT)    \
  V(SIGBUS) V(SIGFPE) V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE)  \
  V(SIGALRM) V(SIGTERM) V(SIGCHLD) V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP)         \
  V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU) V(SIGXFSZ)            \
  V(SIGVTALRM) V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

#define EDDY_ERRNOS(V)                                                        \
  V(E2BIG) V(EACCES) V(EADDRINUSE) V(EADDRNOTAVAIL) V(EAFNOSUPPORT)           \
  V(EAGAIN) V(EALREADY) V(EBADF) V(EBADMSG) V(EBUSY) V(ECANCELED) V(ECHILD)   \
  V(ECONNABORTED) V(ECONNREFUSED) V(ECONNRESET) V(EDEADLK) V(EDESTADDRREQ)    \
  V(EDOM) V(EDQUOT) V(EEXIST) V(EFAULT) V(EFBIG) V(EHOSTUNREACH) V(EIDRM)     \
  V(EILSEQ) V(EINPROGRESS) V(EINTR) V(EINVAL) V(EIO) V(EISCONN) V(EISDIR)     \
  V(ELOOP) V(EMFILE) V(EMLINK) V(EMSGSIZE) V(EMULTIHOP) V(ENAMETOOLONG)       \
  V(ENETDOWN) V(ENETRESET) V(ENETUNREACH) V(ENFILE) V(ENOBUFS) V(ENODATA)     \
  V(ENODEV) V(ENOENT) V(ENOEXEC) V(ENOLCK) V(ENOLINK) V(ENOMEM) V(ENOMSG)     \
  V(ENOPROTOOPT) V(ENOSPC) V(ENOSR) V(ENOSTR) V(ENOSYS) V(ENOTCONN)           \
  V(ENOTDIR) V(ENOTEMPTY) V(ENOTSOCK) V(ENOTSUP) V(ENOTTY) V(ENXIO)           \
  V(EOPNOTSUPP) V(EOVERFLOW) V(EPERM) V(EPIPE) V(EPROTO) V(EPROTONOSUPPORT)   \
  V(EPROTOTYPE) V(ERANGE) V(EROFS) V(ESPIPE) V(ESRCH) V(ESTALE) V(ETIME)      \
  V(ETIMEDOUT) V(ETXTBSY) V(EWOULDBLOCK) V(EXDEV)

bool DefineObject(JSContext* cx, JS::HandleObject target, const char* name,
                  JS::MutableHandleObject out) {
  // node's constant tables have no prototype.
  out.set(JS_NewObjectWithGivenProto(cx, nullptr, nullptr));
  if (!out) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*out));
  return JS_DefineProperty(cx, target, name, v, JSPROP_ENUMERATE);
}

// node's constants are read-only and non-configurable; os.constants hands
// these objects out as they are, so a program cannot change what lib reads.
bool SetConstant(JSContext* cx, JS::HandleObject obj, const char* name,
                 double value) {
  JS::RootedValue v(cx, JS::NumberValue(value));
  return JS_DefineProperty(cx, obj, name, v,
                           JSPROP_ENUMERATE | JSPROP_READONLY | JSPROP_PERMANENT);
}

// fs: open flags, file types and permission bits, access modes, copyFile
// and symlink flags, dirent types; in node's order (fs.constants prints so).
#define EDDY_FS_CONSTANTS(V)                                                  \
  V(UV_FS_SYMLINK_DIR) V(UV_FS_SYMLINK_JUNCTION) V(O_RDONLY) V(O_WRONLY)      \
  V(O_RDWR) V(UV_DIRENT_UNKNOWN) V(UV_DIRENT_FILE) V(UV_DIRENT_DIR)           \
  V(UV_DIRENT_LINK) V(UV_DIRENT_FIFO) V(UV_DIRENT_SOCKET) V(UV_DIRENT_CHAR)   \
  V(UV_DIRENT_BLOCK)
#define EDDY_FS_CONSTANTS2(V)                                                 \
  V(S_IFMT) V(S_IFREG) V(S_IFDIR) V(S_IFCHR) V(S_IFBLK) V(S_IFIFO) V(S_IFLNK) \
  V(S_IFSOCK) V(O_CREAT) V(O_EXCL) V(UV_FS_O_FILEMAP) V(O_NOCTTY) V(O_TRUNC)  \
  V(O_APPEND) V(O_DIRECTORY) V(O_NOATIME) V(O_NOFOLLOW) V(O_SYNC) V(O_DSYNC)  \
  V(O_DIRECT) V(O_NONBLOCK) V(S_IRWXU) V(S_IRUSR) V(S_IWUSR) V(S_IXUSR)       \
  V(S_IRWXG) V(S_IRGRP) V(S_IWGRP) V(S_IXGRP) V(S_IRWXO) V(S_IROTH)           \
  V(S_IWOTH) V(S_IXOTH) V(F_OK) V(R_OK) V(W_OK) V(X_OK)                       \
  V(UV_FS_COPYFILE_EXCL)
#define EDDY_FS_CONSTANTS3(V)                                                 \
  V(UV_FS_COPYFILE_FICLONE)
#define EDDY_FS_CONSTANTS4(V)                                                 \
  V(UV_FS_COPYFILE_FICLONE_FORCE)

bool DefineFsConstants(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject fs(cx);
  if (!DefineObject(cx, target, "fs", &fs)) return false;
#define EDDY_DEF(name) if (!SetNumber(cx, fs, #name, name)) return false;
  EDDY_FS_CONSTANTS(EDDY_DEF)
  if (!SetNumber(cx, fs, "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0) ||
      !SetNumber(cx, fs, "EXTENSIONLESS_FORMAT_WASM", 1)) {
    return false;
  }
  EDDY_FS_CONSTANTS2(EDDY_DEF)
  if (!SetNumber(cx, fs, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL)) return false;
  EDDY_FS_CONSTANTS3(EDDY_DEF)
  if (!SetNumber(cx, fs, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE)) return false;
  EDDY_FS_CONSTANTS4(EDDY_DEF)
  return SetNumber(cx, fs, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
#undef EDDY_DEF
}

}  // namespace

bool InitConstants(JSContext* cx, JS::HandleObject target) {
  if (!DefineFsConstants(cx, target)) return false;
  JS::RootedObject os(cx), signals(cx), errnos(cx), priority(cx), dlopen(cx);
  if (!DefineObject(cx, target, "os", &os) ||
      !SetConstant(cx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR) ||
      !DefineObject(cx, os, "dlopen", &dlopen) ||
      !DefineObject(cx, os, "errno", &errnos) ||
      !DefineObject(cx, os, "signals", &signals) ||
      !DefineObject(cx, os, "priority", &priority)) {
    return false;
  }
#define EDDY_DEF(name) if (!SetConstant(cx, signals, #name, name)) return false;
  EDDY_SIGNALS(EDDY_DEF)
#undef EDDY_DEF
#define EDDY_DEF(name) if (!SetConstant(cx, errnos, #name, name)) return false;
  EDDY_ERRNOS(EDDY_DEF)
#undef EDDY_DEF
  return SetConstant(cx, priority, "PRIORITY_LOW", UV_PRIORITY_LOW) &&
         SetConstant(cx, priority, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL) &&
         SetConstant(cx, priority, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL) &&
         SetConstant(cx, priority, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL) &&
         SetConstant(cx, priority, "PRIORITY_HIGH", UV_PRIORITY_HIGH) &&
         SetConstant(cx, priority, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST) &&
         SetConstant(cx, dlopen, "RTLD_LAZY", 1) &&
         SetConstant(cx, dlopen, "RTLD_NOW", 2) &&
         SetConstant(cx, dlopen, "RTLD_GLOBAL", 256) &&
         SetConstant(cx, dlopen, "RTLD_LOCAL", 0) &&
         SetConstant(cx, dlopen, "RTLD_DEEPBIND", 8);
}

}  // namespace eddy::bindings
