// eddy: the `spawn_sync` binding (node's src/spawn_sync.cc) behind
// child_process.spawnSync, execSync and execFileSync. spawn(options) runs the
// child on a private libuv loop: stdin gets `input` then EOF, output pipes are
// collected into growing buffers, a timer enforces `timeout`, and `maxBuffer`
// (over all output pipes together) stops it with ENOBUFS. The result object
// is node's: {error?, status, signal, output, pid}, with output entries as
// ArrayBuffers that lib/ wraps in Buffers.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <signal.h>
#include <unistd.h>
#include <uv.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bindings/process_wrap/fast_spawn.h"
#include "bindings/process_wrap/spawn_options.h"
#include "bindings/registry.h"
#include "engine/convert.h"
#include "util/check.h"

namespace eddy::bindings {

namespace {

class SyncRunner;

// One stdio pipe of the child. `readable`/`writable` are from the child's
// side, as in node: the child reads stdin (we write `input` and shut down),
// it writes stdout/stderr (we read).
struct SyncPipe {
  SyncRunner* runner = nullptr;
  uv_pipe_t pipe{};
  bool readable = false;
  bool writable = false;
  bool closing = false;
  std::string input;
  uv_write_t write_req{};
  uv_shutdown_t shutdown_req{};
  // Collected output: one js_malloc'd block handed to the ArrayBuffer.
  char* data = nullptr;
  size_t used = 0;
  size_t capacity = 0;

  ~SyncPipe() { js_free(data); }
  uv_stream_t* stream() { return reinterpret_cast<uv_stream_t*>(&pipe); }
  uv_handle_t* handle() { return reinterpret_cast<uv_handle_t*>(&pipe); }
  void Close() {
    if (closing) return;
    closing = true;
    uv_close(handle(), nullptr);
  }
};

class SyncRunner {
 public:
  SyncRunner() = default;
  SyncRunner(const SyncRunner&) = delete;
  SyncRunner& operator=(const SyncRunner&) = delete;

  // Returns false with an exception pending (bad option types, OOM).
  bool Run(JSContext* cx, JS::HandleObject options, JS::MutableHandleValue result);

 private:
  bool ParseSyncOptions(JSContext* cx, JS::HandleObject options, int* err);
  bool ParseStdio(JSContext* cx, JS::HandleValue stdio, int* err);
  void Spawn();
  void CloseAll();
  bool BuildResult(JSContext* cx, JS::MutableHandleValue result);

  void Kill();
  void CloseTimer() {
    if (!timer_started_ || timer_closing_) return;
    timer_closing_ = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }
  void ClosePipes() {
    for (auto& p : pipes_) {
      if (p) p->Close();
    }
  }
  void SetError(int e) {
    if (error_ == 0) error_ = e;
  }
  void SetPipeError(int e) {
    if (pipe_error_ == 0) pipe_error_ = e;
  }
  void AddOutput(size_t n) {
    output_size_ += n;
    if (max_buffer_ > 0 && static_cast<double>(output_size_) > max_buffer_) {
      SetError(UV_ENOBUFS);
      Kill();
    }
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal);
  static void OnPidfd(uv_poll_t* poll, int status, int events);
  static void OnTimeout(uv_timer_t* timer);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void AfterWrite(uv_write_t* req, int status);
  static void AfterShutdown(uv_shutdown_t* req, int status);

  uv_loop_t loop_{};
  bool loop_ready_ = false;
  spawn::SpawnOptions options_;
  std::vector<std::unique_ptr<SyncPipe>> pipes_;
  uv_process_t process_{};
  bool spawned_ = false;  // process_ was initialized by uv_spawn
  // The child started by spawn::FastSpawn: watched through its pidfd.
  spawn::FastChild child_;
  uv_poll_t poll_{};
  bool poll_ready_ = false;
  bool running_ = false;  // started, not yet reaped
  uv_timer_t timer_{};
  bool timer_started_ = false;
  bool timer_closing_ = false;
  uint64_t timeout_ = 0;
  double max_buffer_ = 0;
  int kill_signal_ = SIGTERM;
  bool killed_ = false;
  size_t output_size_ = 0;
  int64_t exit_status_ = -1;
  int term_signal_ = -1;
  int error_ = 0;
  int pipe_error_ = 0;
};

bool SyncRunner::ParseStdio(JSContext* cx, JS::HandleValue stdio, int* err) {
  bool is_array = false;
  if (!stdio.isObject()) {
    *err = UV_EINVAL;
    return true;
  }
  JS::RootedObject arr(cx, &stdio.toObject());
  if (!JS::IsArrayObject(cx, arr, &is_array)) return false;
  if (!is_array) {
    *err = UV_EINVAL;
    return true;
  }
  uint32_t count = 0;
  if (!JS::GetArrayLength(cx, arr, &count)) return false;
  options_.stdio.assign(count, uv_stdio_container_t{});
  pipes_.resize(count);
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
    uv_stdio_container_t& c = options_.stdio[i];
    if (type == "ignore") {
      c.flags = UV_IGNORE;
    } else if (type == "pipe" || type == "overlapped") {
      auto p = std::make_unique<SyncPipe>();
      p->runner = this;
      if (!JS_GetProperty(cx, opt, "readable", &v)) return false;
      p->readable = JS::ToBoolean(v);
      if (!JS_GetProperty(cx, opt, "writable", &v)) return false;
      p->writable = JS::ToBoolean(v);
      if (!p->readable && !p->writable) p->writable = true;
      if (p->readable) {
        if (!JS_GetProperty(cx, opt, "input", &v)) return false;
        if (v.isObject()) {
          JSObject* view = js::UnwrapArrayBufferView(&v.toObject());
          if (!view) {
            *err = UV_EINVAL;
            return true;
          }
          bool shared = false;
          JS::AutoCheckCannotGC nogc;
          const char* data = static_cast<const char*>(
              JS_GetArrayBufferViewData(view, &shared, nogc));
          p->input.assign(data ? data : "", JS_GetArrayBufferViewByteLength(view));
        } else if (!v.isNullOrUndefined()) {
          *err = UV_EINVAL;
          return true;
        }
      }
      int r = uv_pipe_init(&loop_, &p->pipe, 0);
      if (r < 0) {
        *err = r;
        return true;
      }
      p->pipe.data = p.get();
      int flags = UV_CREATE_PIPE;
      if (p->readable) flags |= UV_READABLE_PIPE;
      if (p->writable) flags |= UV_WRITABLE_PIPE;
      c.flags = static_cast<uv_stdio_flags>(flags);
      c.data.stream = p->stream();
      pipes_[i] = std::move(p);
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
  spawn::FinishStdio(&options_);
  return true;
}

bool SyncRunner::ParseSyncOptions(JSContext* cx, JS::HandleObject options, int* err) {
  if (!spawn::ParseCommonOptions(cx, options, &options_, err)) return false;
  if (*err) return true;
  JS::RootedValue v(cx);
  if (!JS_GetProperty(cx, options, "timeout", &v)) return false;
  if (v.isNumber() && v.toNumber() > 0) {
    double t = v.toNumber();
    timeout_ = t >= 1.8e19 ? UINT64_MAX : static_cast<uint64_t>(t);
  }
  if (!JS_GetProperty(cx, options, "maxBuffer", &v)) return false;
  if (v.isNumber() && !std::isnan(v.toNumber())) {
    max_buffer_ = v.toNumber();
    if (std::isinf(max_buffer_)) max_buffer_ = 0;
  }
  if (!JS_GetProperty(cx, options, "killSignal", &v)) return false;
  if (v.isNumber() && v.toNumber() >= 0 && v.toNumber() <= 1024) {
    kill_signal_ = static_cast<int>(v.toNumber());  // range-checked: no UB cast
  }
  if (!JS_GetProperty(cx, options, "stdio", &v)) return false;
  return ParseStdio(cx, v, err);
}

void SyncRunner::Spawn() {
  if (timeout_ > 0) {
    uv_timer_init(&loop_, &timer_);
    timer_.data = this;
    timer_started_ = true;
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
    uv_timer_start(&timer_, OnTimeout, timeout_, 0);
  }
  int r = spawn::FastSpawn(options_, &child_);
  if (r == 0) {
    running_ = true;
    r = uv_poll_init(&loop_, &poll_, child_.pidfd);
    if (r == 0) {
      poll_ready_ = true;
      poll_.data = this;
      r = uv_poll_start(&poll_, UV_READABLE, OnPidfd);
    }
    if (r < 0) {
      // Cannot watch it: stop it and wait here instead.
      (void)spawn::SignalChild(child_.pidfd, SIGKILL);
      int64_t status;
      int sig;
      while (!spawn::ReapChild(child_.pid, &status, &sig)) usleep(1000);
      running_ = false;
      SetError(r);
      return;
    }
  } else if (r == spawn::kUseLibuv) {
    options_.uv.exit_cb = OnExit;
    process_.data = this;
    r = uv_spawn(&loop_, &process_, &options_.uv);
    spawned_ = true;  // initialized either way: it must be closed
    if (r < 0) {
      SetError(r);
      return;
    }
    running_ = true;
  } else {
    SetError(r);
    return;
  }
  for (auto& p : pipes_) {
    if (!p) continue;
    if (p->readable) {
      if (!p->input.empty()) {
        uv_buf_t buf = uv_buf_init(p->input.data(),
                                   static_cast<unsigned int>(p->input.size()));
        p->write_req.data = p.get();
        r = uv_write(&p->write_req, p->stream(), &buf, 1, AfterWrite);
        if (r < 0) {
          SetPipeError(r);
          Kill();
          break;
        }
      }
      p->shutdown_req.data = p.get();
      r = uv_shutdown(&p->shutdown_req, p->stream(), AfterShutdown);
      if (r < 0) {
        SetPipeError(r);
        Kill();
        break;
      }
    }
    if (p->writable) {
      r = uv_read_start(p->stream(), OnAlloc, OnRead);
      if (r < 0) {
        SetPipeError(r);
        Kill();
        break;
      }
    }
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
}

void SyncRunner::CloseAll() {
  ClosePipes();
  CloseTimer();
  auto* ph = reinterpret_cast<uv_handle_t*>(&process_);
  if (spawned_ && !uv_is_closing(ph)) uv_close(ph, nullptr);
  auto* poll = reinterpret_cast<uv_handle_t*>(&poll_);
  if (poll_ready_ && !uv_is_closing(poll)) uv_close(poll, nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
  int r = uv_loop_close(&loop_);
  EDDY_CHECK(r == 0);
  if (child_.pidfd >= 0) close(child_.pidfd);
}

void SyncRunner::Kill() {
  if (killed_) return;
  killed_ = true;
  // The child may have exited already while a grandchild holds its pipes
  // open: then only the pipes are closed.
  if (running_) {
    int r = child_.pidfd >= 0 ? spawn::SignalChild(child_.pidfd, kill_signal_)
                              : uv_process_kill(&process_, kill_signal_);
    if (r < 0 && r != UV_ESRCH) {
      SetError(r);
      if (child_.pidfd >= 0) {
        (void)spawn::SignalChild(child_.pidfd, SIGKILL);
      } else {
        (void)uv_process_kill(&process_, SIGKILL);
      }
    }
  }
  ClosePipes();
  CloseTimer();
}

void SyncRunner::OnPidfd(uv_poll_t* poll, int status, int events) {
  auto* self = static_cast<SyncRunner*>(poll->data);
  int64_t exit_status = 0;
  int term_signal = 0;
  if (!spawn::ReapChild(self->child_.pid, &exit_status, &term_signal)) return;
  self->running_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(poll), nullptr);
  self->exit_status_ = exit_status;
  self->term_signal_ = term_signal;
}

void SyncRunner::OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  auto* self = static_cast<SyncRunner*>(process->data);
  self->running_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
  if (exit_status < 0) {
    self->SetError(static_cast<int>(exit_status));
    return;
  }
  self->exit_status_ = exit_status;
  self->term_signal_ = term_signal;
}

void SyncRunner::OnTimeout(uv_timer_t* timer) {
  auto* self = static_cast<SyncRunner*>(timer->data);
  self->SetError(UV_ETIMEDOUT);
  self->Kill();
}

void SyncRunner::OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(handle->data);
  constexpr size_t kChunk = 64 * 1024;
  if (p->capacity - p->used < kChunk) {
    size_t want = p->capacity ? p->capacity * 2 : kChunk;
    while (want - p->used < kChunk) want *= 2;
    void* grown = js_realloc(p->data, want);
    if (!grown) {
      *buf = uv_buf_init(nullptr, 0);  // libuv reports UV_ENOBUFS
      return;
    }
    p->data = static_cast<char*>(grown);
    p->capacity = want;
  }
  *buf = uv_buf_init(p->data + p->used, static_cast<unsigned int>(p->capacity - p->used));
}

void SyncRunner::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(stream->data);
  if (nread == UV_EOF) return;  // libuv stops reading by itself
  if (nread < 0) {
    p->runner->SetPipeError(static_cast<int>(nread));
    uv_read_stop(stream);
    return;
  }
  p->used += static_cast<size_t>(nread);
  p->runner->AddOutput(static_cast<size_t>(nread));
}

void SyncRunner::AfterWrite(uv_write_t* req, int status) {
  auto* p = static_cast<SyncPipe*>(req->data);
  if (status < 0) p->runner->SetPipeError(status);
}

void SyncRunner::AfterShutdown(uv_shutdown_t* req, int status) {
  auto* p = static_cast<SyncPipe*>(req->data);
  // Shutting down a pipe whose reader is gone may report ENOTCONN on some
  // systems; that is not the child's error.
  if (status < 0 && status != UV_ENOTCONN) p->runner->SetPipeError(status);
}

bool SyncRunner::BuildResult(JSContext* cx, JS::MutableHandleValue result) {
  JS::RootedObject obj(cx, JS_NewPlainObject(cx));
  if (!obj) return false;
  JS::RootedValue v(cx);
  int err = error_ ? error_ : pipe_error_;
  if (err != 0) {
    v.setInt32(err);
    if (!JS_DefineProperty(cx, obj, "error", v, JSPROP_ENUMERATE)) return false;
  }
  if (exit_status_ >= 0 && term_signal_ <= 0) {
    v.setNumber(static_cast<double>(exit_status_));
  } else {
    v.setNull();
  }
  if (!JS_DefineProperty(cx, obj, "status", v, JSPROP_ENUMERATE)) return false;
  if (term_signal_ > 0) {
    JSString* s = JS_NewStringCopyZ(cx, spawn::SignalName(term_signal_));
    if (!s) return false;
    v.setString(s);
  } else {
    v.setNull();
  }
  if (!JS_DefineProperty(cx, obj, "signal", v, JSPROP_ENUMERATE)) return false;
  if (exit_status_ >= 0) {
    JS::RootedObject out(cx, JS::NewArrayObject(cx, pipes_.size()));
    if (!out) return false;
    for (size_t i = 0; i < pipes_.size(); i++) {
      SyncPipe* p = pipes_[i].get();
      if (!p || !p->writable) {
        v.setNull();
      } else {
        JSObject* ab;
        if (p->used == 0) {
          ab = JS::NewArrayBuffer(cx, 0);
        } else {
          ab = JS::NewArrayBufferWithContents(cx, p->used, p->data);
          if (ab) {
            p->data = nullptr;  // the ArrayBuffer owns it now
            p->capacity = p->used = 0;
          }
        }
        if (!ab) return false;
        v.setObject(*ab);
      }
      if (!JS_DefineElement(cx, out, static_cast<uint32_t>(i), v, JSPROP_ENUMERATE)) {
        return false;
      }
    }
    v.setObject(*out);
  } else {
    v.setNull();
  }
  if (!JS_DefineProperty(cx, obj, "output", v, JSPROP_ENUMERATE)) return false;
  int pid = child_.pid > 0 ? child_.pid : spawned_ ? process_.pid : 0;
  v.setInt32(exit_status_ >= 0 ? pid : 0);
  if (!JS_DefineProperty(cx, obj, "pid", v, JSPROP_ENUMERATE)) return false;
  result.setObject(*obj);
  return true;
}

bool SyncRunner::Run(JSContext* cx, JS::HandleObject options,
                     JS::MutableHandleValue result) {
  int r = uv_loop_init(&loop_);
  if (r < 0) {
    SetError(r);
    return BuildResult(cx, result);
  }
  loop_ready_ = true;
  int err = 0;
  bool ok = ParseSyncOptions(cx, options, &err);
  if (ok && err == 0) {
    Spawn();
  } else if (ok) {
    SetError(err);
  }
  CloseAll();
  if (!ok) return false;
  return BuildResult(cx, result);
}

bool Spawn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "spawn: options must be an object");
  JS::RootedObject options(cx, &args[0].toObject());
  SyncRunner runner;
  return runner.Run(cx, options, args.rval());
}

const JSFunctionSpec kMethods[] = {JS_FN("spawn", Spawn, 1, 0), JS_FS_END};

}  // namespace

bool InitSpawnSync(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
