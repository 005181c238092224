// eddy: the `process_wrap` binding (node's src/process_wrap.cc): `new
// Process()` is the handle behind a ChildProcess. spawn(options) starts the
// child with uv_spawn and returns 0 or a negative errno (setting `pid` on
// success); kill(signal) returns an errno; when the child ends,
// `onexit(exitCode, signalName)` runs through a CallbackScope (signalName is
// '' for a normal exit). Children start through fast_spawn.h (posix_spawn
// and a pidfd) unless their options need uv_spawn. serialize/deserialize (ipc_clone.h) carry the
// 'advanced' IPC messages. The handle is a HandleWrap whose native part exists
// from spawn() on: a Process that never spawned has nothing to close.
//
// stdio entries (built by lib/internal/child_process.js getValidStdio):
// {type: 'ignore'}, {type: 'inherit' | 'fd', fd}, and {type: 'pipe' |
// 'overlapped' | 'wrap', handle} where handle is a stream handle of the
// pipe_wrap/tcp_wrap/tty_wrap bindings (see StreamOfHandle).
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <signal.h>
#include <unistd.h>
#include <uv.h>

#include <cstring>
#include <string>

#include "bindings/process_wrap/fast_spawn.h"
#include "bindings/process_wrap/ipc_clone.h"
#include "bindings/process_wrap/spawn_options.h"
#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

// One child. Started by posix_spawn (spawn::FastSpawn), the handle is a
// uv_poll_t on the child's pidfd; started by uv_spawn (the fallback), a
// uv_process_t. Either way the wrap exists only once the child runs.
class ProcessWrap final : public loop::HandleWrap {
 public:
  // Fast mode: takes `poll` (initialized on the pidfd) and the child.
  ProcessWrap(Runtime* rt, JSObject* obj, uv_poll_t* poll, spawn::FastChild child)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(poll)),
        poll_(poll),
        child_(child) {}
  // libuv mode: uv_spawn initializes process_ next.
  ProcessWrap(Runtime* rt, JSObject* obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&process_)) {}
  ~ProcessWrap() override {
    if (child_.pidfd >= 0) close(child_.pidfd);
    delete poll_;
  }

  int pid() const { return poll_ ? child_.pid : process_.pid; }

  int Kill(int signo) {
    if (!poll_) return uv_process_kill(&process_, signo);
    if (exited_) return UV_ESRCH;
    return spawn::SignalChild(child_.pidfd, signo);
  }

  static void OnPidfd(uv_poll_t* handle, int status, int events) {
    auto* w = static_cast<ProcessWrap*>(handle->data);
    int64_t exit_status = 0;
    int term_signal = 0;
    if (!spawn::ReapChild(w->child_.pid, &exit_status, &term_signal)) return;
    w->exited_ = true;
    uv_poll_stop(handle);
    w->CallOnExit(exit_status, term_signal);
  }

  static void OnExit(uv_process_t* handle, int64_t exit_status, int term_signal) {
    static_cast<ProcessWrap*>(handle->data)->CallOnExit(exit_status, term_signal);
  }

  // onexit(exitCode, signalName) through a CallbackScope.
  void CallOnExit(int64_t exit_status, int term_signal) {
    Runtime* rt = runtime();
    if (!rt->can_call_into_js()) return;
    JSContext* cx = rt->cx();
    loop::CallbackScope scope(rt);
    JS::RootedObject obj(cx, object());
    JS::RootedValue fn(cx);
    if (!JS_GetProperty(cx, obj, "onexit", &fn)) {
      rt->HandleUncaughtException();
      return;
    }
    if (!fn.isObject()) return;
    JS::RootedValueArray<2> argv(cx);
    argv[0].setNumber(static_cast<double>(exit_status));
    JSString* sig = JS_NewStringCopyZ(cx, spawn::SignalName(term_signal));
    if (!sig) {
      rt->HandleUncaughtException();
      return;
    }
    argv[1].setString(sig);
    JS::RootedValue recv(cx, JS::ObjectValue(*obj));
    JS::RootedValue rv(cx);
    (void)rt->CallAndReport(recv, fn, argv, &rv);
  }

  uv_process_t process_;  // libuv mode; HandleWrap set its data pointer
 private:
  uv_poll_t* poll_ = nullptr;
  spawn::FastChild child_;
  bool exited_ = false;
};

const JSClassOps kProcessOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                nullptr, loop::HandleWrap::Finalize, nullptr,
                                nullptr, nullptr};
const JSClass kProcessClass = {
    "Process", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kProcessOps};

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx, "Class constructor Process cannot be invoked without 'new'");
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kProcessClass, args));
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

// The libuv stream behind a stream handle object (Pipe, TCP, TTY), or
// nullptr for anything else and for closed handles.
uv_stream_t* StreamOfHandle(JS::HandleValue value) {
  if (!value.isObject()) return nullptr;
  loop::StreamWrap* w = loop::StreamWrap::FromObject(&value.toObject());
  return w && w->is_open() ? w->stream() : nullptr;
}

bool ParseStdio(JSContext* cx, JS::HandleObject options, spawn::SpawnOptions* out,
                int* err) {
  JS::RootedValue stdio(cx);
  if (!JS_GetProperty(cx, options, "stdio", &stdio)) return false;
  if (stdio.isNullOrUndefined()) {
    spawn::FinishStdio(out);
    return true;
  }
  bool is_array = false;
  JS::RootedObject arr(cx, stdio.isObject() ? &stdio.toObject() : nullptr);
  if (arr && !JS::IsArrayObject(cx, arr, &is_array)) return false;
  if (!is_array) {
    *err = UV_EINVAL;
    return true;
  }
  uint32_t count = 0;
  if (!JS::GetArrayLength(cx, arr, &count)) return false;
  out->stdio.assign(count, uv_stdio_container_t{});
  JS::RootedValue item(cx), v(cx);
  JS::RootedObject opt(cx);
  std::string type;
  for (uint32_t i = 0; i < count; i++) {
    if (!JS_GetElement(cx, arr, i, &item)) return false;
    if (!item.isObject()) {
      *err = UV_EINVAL;
      return true;
    }
    opt = &item.toObject();
    if (!JS_GetProperty(cx, opt, "type", &v)) return false;
    if (!ToUtf8(cx, v, &type)) return false;
    uv_stdio_container_t& c = out->stdio[i];
    if (type == "ignore") {
      c.flags = UV_IGNORE;
    } else if (type == "pipe" || type == "overlapped" || type == "wrap") {
      if (!JS_GetProperty(cx, opt, "handle", &v)) return false;
      uv_stream_t* stream = StreamOfHandle(v);
      if (!stream) {
        *err = UV_EINVAL;
        return true;
      }
      if (type == "wrap") {
        c.flags = UV_INHERIT_STREAM;
      } else {
        c.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE |
                                              UV_WRITABLE_PIPE);
      }
      c.data.stream = stream;
    } else if (type == "inherit" || type == "fd") {
      if (!JS_GetProperty(cx, opt, "fd", &v)) return false;
      int32_t fd = 0;
      if (!JS::ToInt32(cx, v, &fd)) return false;
      c.flags = UV_INHERIT_FD;
      c.data.fd = fd;
    } else {
      *err = UV_EINVAL;
      return true;
    }
  }
  spawn::FinishStdio(out);
  return true;
}

bool Spawn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.thisv().isObject() ||
      JS::GetClass(&args.thisv().toObject()) != &kProcessClass) {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  JS::RootedObject self(cx, &args.thisv().toObject());
  // One spawn per handle.
  if (UnwrapObject<loop::HandleWrap>(self, &kProcessClass) ||
      !args.get(0).isObject()) {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  JS::RootedObject options(cx, &args[0].toObject());
  spawn::SpawnOptions opts;
  int err = 0;
  if (!spawn::ParseCommonOptions(cx, options, &opts, &err)) return false;
  if (err == 0 && !ParseStdio(cx, options, &opts, &err)) return false;
  if (err != 0) {
    args.rval().setInt32(err);
    return true;
  }
  Runtime* rt = Runtime::From(cx);
  int pid = 0;
  spawn::FastChild child;
  int r = spawn::FastSpawn(opts, &child);
  if (r == 0) {
    auto* poll = new uv_poll_t;
    r = uv_poll_init(rt->loop(), poll, child.pidfd);
    if (r == 0) r = uv_poll_start(poll, UV_READABLE, ProcessWrap::OnPidfd);
    if (r != 0) {
      // Not watchable: the child must not run unobserved.
      delete poll;
      (void)spawn::SignalChild(child.pidfd, SIGKILL);
      int64_t status;
      int sig;
      while (!spawn::ReapChild(child.pid, &status, &sig)) {
      }
      close(child.pidfd);
    } else {
      new ProcessWrap(rt, self, poll, child);
      pid = child.pid;
    }
  } else if (r == spawn::kUseLibuv) {
    opts.uv.exit_cb = ProcessWrap::OnExit;
    auto* w = new ProcessWrap(rt, self);
    r = uv_spawn(rt->loop(), &w->process_, &opts.uv);
    if (r == 0) {
      pid = w->process_.pid;
    } else {
      // libuv initialized the handle anyway; nothing is left to watch.
      w->Close(JS::UndefinedHandleValue);
    }
  }
  if (r == 0) {
    JS::RootedValue v(cx, JS::Int32Value(pid));
    if (!JS_SetProperty(cx, self, "pid", v)) return false;
  }
  args.rval().setInt32(r);
  return true;
}

bool Kill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ProcessWrap* w = args.thisv().isObject()
      ? UnwrapObject<ProcessWrap>(&args.thisv().toObject(), &kProcessClass)
      : nullptr;
  if (!w || w->state() != loop::HandleWrap::kInitialized) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  int32_t signo = 0;
  if (!JS::ToInt32(cx, args.get(0), &signo)) return false;
  args.rval().setInt32(w->Kill(signo));
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("spawn", Spawn, 1, 0), JS_FN("kill", Kill, 1, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0), JS_FS_END};

}  // namespace

bool InitProcessWrap(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::HandleWrap::RegisterClass(&kProcessClass);
    registered = true;
  }
  JSObject* proto = JS_InitClass(cx, target, nullptr, &kProcessClass, New, 0,
                                 nullptr, kMethods, nullptr, nullptr);
  return proto != nullptr && spawn::DefineIpcClone(cx, target);
}

}  // namespace eddy::bindings
