// eddy: shared child-process option parsing (see spawn_options.h).
#include "bindings/process_wrap/spawn_options.h"

#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <signal.h>

#include "engine/convert.h"

namespace eddy::bindings::spawn {

namespace {

// Copies a JS array of strings into `blob` (each NUL-terminated) and fills
// `ptrs` with a NULL-terminated pointer list into it.
bool CopyStringArray(JSContext* cx, JS::HandleValue value, std::string* blob,
                     std::vector<char*>* ptrs, int* err) {
  bool is_array = false;
  if (!value.isObject()) {
    *err = UV_EINVAL;
    return true;
  }
  JS::RootedObject arr(cx, &value.toObject());
  if (!JS::IsArrayObject(cx, arr, &is_array)) return false;
  if (!is_array) {
    *err = UV_EINVAL;
    return true;
  }
  uint32_t length = 0;
  if (!JS::GetArrayLength(cx, arr, &length)) return false;
  std::vector<size_t> offsets;
  offsets.reserve(length);
  blob->clear();
  JS::RootedValue item(cx);
  std::string s;
  for (uint32_t i = 0; i < length; i++) {
    if (!JS_GetElement(cx, arr, i, &item)) return false;
    if (!ToUtf8(cx, item, &s)) return false;
    offsets.push_back(blob->size());
    blob->append(s);
    blob->push_back('\0');
  }
  ptrs->clear();
  ptrs->reserve(length + 1);
  for (size_t off : offsets) ptrs->push_back(blob->data() + off);
  ptrs->push_back(nullptr);
  return true;
}

bool Get(JSContext* cx, JS::HandleObject obj, const char* name,
         JS::MutableHandleValue v) {
  return JS_GetProperty(cx, obj, name, v);
}

}  // namespace

bool ParseCommonOptions(JSContext* cx, JS::HandleObject options,
                        SpawnOptions* out, int* err) {
  *err = 0;
  JS::RootedValue v(cx);
  if (!Get(cx, options, "file", &v)) return false;
  if (!v.isString()) {
    *err = UV_EINVAL;
    return true;
  }
  if (!ToUtf8(cx, v, &out->file)) return false;
  out->uv.file = out->file.c_str();

  if (!Get(cx, options, "args", &v)) return false;
  if (v.isNullOrUndefined()) {
    out->args_blob = out->file;
    out->args = {out->args_blob.data(), nullptr};
  } else {
    if (!CopyStringArray(cx, v, &out->args_blob, &out->args, err)) return false;
    if (*err) return true;
    if (out->args.size() == 1) {
      // No argv[0]: libuv wants one, node passes the file.
      out->args_blob = out->file;
      out->args = {out->args_blob.data(), nullptr};
    }
  }
  out->uv.args = out->args.data();

  if (!Get(cx, options, "cwd", &v)) return false;
  if (!v.isNullOrUndefined()) {
    if (!ToUtf8(cx, v, &out->cwd)) return false;
    out->uv.cwd = out->cwd.c_str();
  }

  if (!Get(cx, options, "envPairs", &v)) return false;
  if (!v.isNullOrUndefined()) {
    if (!CopyStringArray(cx, v, &out->env_blob, &out->env, err)) return false;
    if (*err) return true;
    out->uv.env = out->env.data();
  }

  if (!Get(cx, options, "uid", &v)) return false;
  if (!v.isNullOrUndefined()) {
    if (!v.isInt32()) {
      *err = UV_EINVAL;
      return true;
    }
    out->uv.uid = static_cast<uv_uid_t>(v.toInt32());
    out->uv.flags |= UV_PROCESS_SETUID;
  }
  if (!Get(cx, options, "gid", &v)) return false;
  if (!v.isNullOrUndefined()) {
    if (!v.isInt32()) {
      *err = UV_EINVAL;
      return true;
    }
    out->uv.gid = static_cast<uv_gid_t>(v.toInt32());
    out->uv.flags |= UV_PROCESS_SETGID;
  }
  if (!Get(cx, options, "detached", &v)) return false;
  if (JS::ToBoolean(v)) out->uv.flags |= UV_PROCESS_DETACHED;
  if (!Get(cx, options, "windowsHide", &v)) return false;
  if (JS::ToBoolean(v)) out->uv.flags |= UV_PROCESS_WINDOWS_HIDE;
  return true;
}

void FinishStdio(SpawnOptions* out) {
  out->uv.stdio = out->stdio.data();
  out->uv.stdio_count = static_cast<int>(out->stdio.size());
}

const char* SignalName(int signo) {
  switch (signo) {
#define EDDY_SIGNAL_CASE(name) \
  case name:                   \
    return #name;
    EDDY_SIGNAL_CASE(SIGHUP)
    EDDY_SIGNAL_CASE(SIGINT)
    EDDY_SIGNAL_CASE(SIGQUIT)
    EDDY_SIGNAL_CASE(SIGILL)
    EDDY_SIGNAL_CASE(SIGTRAP)
    EDDY_SIGNAL_CASE(SIGABRT)
    EDDY_SIGNAL_CASE(SIGBUS)
    EDDY_SIGNAL_CASE(SIGFPE)
    EDDY_SIGNAL_CASE(SIGKILL)
    EDDY_SIGNAL_CASE(SIGUSR1)
    EDDY_SIGNAL_CASE(SIGSEGV)
    EDDY_SIGNAL_CASE(SIGUSR2)
    EDDY_SIGNAL_CASE(SIGPIPE)
    EDDY_SIGNAL_CASE(SIGALRM)
    EDDY_SIGNAL_CASE(SIGTERM)
    EDDY_SIGNAL_CASE(SIGCHLD)
#ifdef SIGSTKFLT
    EDDY_SIGNAL_CASE(SIGSTKFLT)
#endif
    EDDY_SIGNAL_CASE(SIGCONT)
    EDDY_SIGNAL_CASE(SIGSTOP)
    EDDY_SIGNAL_CASE(SIGTSTP)
    EDDY_SIGNAL_CASE(SIGTTIN)
    EDDY_SIGNAL_CASE(SIGTTOU)
    EDDY_SIGNAL_CASE(SIGURG)
    EDDY_SIGNAL_CASE(SIGXCPU)
    EDDY_SIGNAL_CASE(SIGXFSZ)
    EDDY_SIGNAL_CASE(SIGVTALRM)
    EDDY_SIGNAL_CASE(SIGPROF)
    EDDY_SIGNAL_CASE(SIGWINCH)
    EDDY_SIGNAL_CASE(SIGIO)
#if defined(SIGPWR)
    EDDY_SIGNAL_CASE(SIGPWR)
#endif
    EDDY_SIGNAL_CASE(SIGSYS)
#undef EDDY_SIGNAL_CASE
    default:
      return "";
  }
}

}  // namespace eddy::bindings::spawn
