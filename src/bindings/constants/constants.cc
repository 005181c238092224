// eddy: the `constants` binding (node's src/node_constants.cc): os.signals,
// os.errno and os.priority tables. fs and crypto constants join with their
// modules.
#include <errno.h>
#include <js/PropertyAndElement.h>
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

}  // namespace

bool InitConstants(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject os(cx), signals(cx), errnos(cx), priority(cx), dlopen(cx);
  if (!DefineObject(cx, target, "os", &os) ||
      !SetNumber(cx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR) ||
      !DefineObject(cx, os, "dlopen", &dlopen) ||
      !DefineObject(cx, os, "errno", &errnos) ||
      !DefineObject(cx, os, "signals", &signals) ||
      !DefineObject(cx, os, "priority", &priority)) {
    return false;
  }
#define EDDY_DEF(name) if (!SetNumber(cx, signals, #name, name)) return false;
  EDDY_SIGNALS(EDDY_DEF)
#undef EDDY_DEF
#define EDDY_DEF(name) if (!SetNumber(cx, errnos, #name, name)) return false;
  EDDY_ERRNOS(EDDY_DEF)
#undef EDDY_DEF
  return SetNumber(cx, priority, "PRIORITY_LOW", UV_PRIORITY_LOW) &&
         SetNumber(cx, priority, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL) &&
         SetNumber(cx, priority, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL) &&
         SetNumber(cx, priority, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL) &&
         SetNumber(cx, priority, "PRIORITY_HIGH", UV_PRIORITY_HIGH) &&
         SetNumber(cx, priority, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST) &&
         SetNumber(cx, dlopen, "RTLD_LAZY", 1) &&
         SetNumber(cx, dlopen, "RTLD_NOW", 2) &&
         SetNumber(cx, dlopen, "RTLD_GLOBAL", 256) &&
         SetNumber(cx, dlopen, "RTLD_LOCAL", 0) &&
         SetNumber(cx, dlopen, "RTLD_DEEPBIND", 8);
}

}  // namespace eddy::bindings
