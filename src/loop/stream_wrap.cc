// eddy: StreamWrap implementation (see stream_wrap.h for the interface and
// the rules): reads into a per-thread block handed to JS as ArrayBuffers,
// writes through uv_try_write with a private copy of whatever must wait,
// shutdown, listen/accept and connect completion.
#include "loop/stream_wrap.h"

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/String.h>
#include <js/Utility.h>
#include <js/ValueArray.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "loop/callback_scope.h"
#include "util/check.h"

namespace eddy::loop {

// Sends the corked bytes of every listed stream from a uv_prepare handle,
// i.e. before the loop waits for I/O. One per runtime (thread), made on the
// first corked write; a HandleWrap, so teardown closes it.
class CorkFlusher final : public HandleWrap {
 public:
  CorkFlusher(Runtime* rt, JSObject* obj);
  ~CorkFlusher() override;
  void Schedule() {
    if (!uv_is_active(reinterpret_cast<uv_handle_t*>(&prepare_))) {
      uv_prepare_start(&prepare_, OnPrepare);
    }
  }
  static void OnPrepare(uv_prepare_t* handle);

 private:
  uv_prepare_t prepare_;
};

namespace {

// The most one read takes. libuv suggests 64 KiB; larger reads mean fewer
// system calls and callbacks on busy sockets (the block is per thread, so
// idle connections do not pay for it). Much larger blocks cost more in page
// faults than they save: every block handed to JS is replaced by fresh
// memory until the GC frees the old ones.
constexpr size_t kReadBufferSize = 128 * 1024;
// Reads smaller than this are copied out of the block (which is kept for the
// next read); larger ones hand the block itself to JS, shrunk to fit.
constexpr size_t kHandOverMin = 8 * 1024;
// Strings that encode to at most this many bytes are encoded on the stack.
constexpr size_t kStackEncodeSize = 16 * 1024;
// Auto-cork: writes up to kCorkWriteMax join the cork buffer while it holds
// at most kCorkMax bytes.
constexpr size_t kCorkWriteMax = 16 * 1024;
constexpr size_t kCorkMax = 64 * 1024;

enum Encoding { kUtf8, kLatin1, kAscii, kUcs2, kBuffer, kOther };

// Cork buffers of this size or less go back to a per-thread pool when
// flushed, up to kCorkPoolMax of them: busy connections cork and flush on
// every loop iteration.
constexpr size_t kCorkPoolCap = 16 * 1024;
constexpr size_t kCorkPoolMax = 64;

struct ThreadState {
  int32_t fields[kStreamBaseStateLength] = {};
  char* block = nullptr;
  // Spare cork buffers: pointers and capacities.
  char* cork_pool[kCorkPoolMax] = {};
  size_t cork_pool_cap[kCorkPoolMax] = {};
  size_t cork_pool_len = 0;
  StreamWrap* corked = nullptr;        // streams with corked bytes
  CorkFlusher* flusher = nullptr;      // created on first use per runtime
  bool cork_disabled = false;
  ThreadState() = default;
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
  ~ThreadState() {
    js_free(block);
    for (size_t i = 0; i < cork_pool_len; i++) js_free(cork_pool[i]);
  }
};
thread_local ThreadState t_state;

std::vector<const JSClass*>& StreamClasses() {
  static std::vector<const JSClass*> classes;
  return classes;
}

StreamWrap::NewHandleFn g_factories[UV_HANDLE_TYPE_MAX] = {};

// uv_buf_init takes an unsigned int; buffers here may be larger.
uv_buf_t MakeBuf(char* base, size_t len) {
  uv_buf_t b;
  b.base = base;
  b.len = len;
  return b;
}

// --- string encoding -------------------------------------------------------------

size_t FirstNonAscii(const JS::Latin1Char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

size_t Utf8Length(const JS::Latin1Char* s, size_t n) {
  size_t extra = 0;
  for (size_t i = 0; i < n; i++) extra += s[i] >> 7;
  return n + extra;
}

bool IsLead(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsTrail(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// A lone surrogate is written as U+FFFD (3 bytes), as node does.
size_t Utf8Length(const char16_t* s, size_t n) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    char16_t c = s[i];
    if (c < 0x80) {
      len += 1;
    } else if (c < 0x800) {
      len += 2;
    } else if (IsLead(c) && i + 1 < n && IsTrail(s[i + 1])) {
      len += 4;
      i++;
    } else {
      len += 3;
    }
  }
  return len;
}

size_t EncodeUtf8(const JS::Latin1Char* s, size_t n, char* out) {
  char* o = out;
  for (size_t i = 0; i < n;) {
    size_t run = FirstNonAscii(s + i, n - i);
    std::memcpy(o, s + i, run);
    o += run;
    i += run;
    if (i == n) break;
    JS::Latin1Char c = s[i++];
    *o++ = static_cast<char>(0xC0 | (c >> 6));
    *o++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return static_cast<size_t>(o - out);
}

size_t EncodeUtf8(const char16_t* s, size_t n, char* out) {
  char* o = out;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = s[i];
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
    } else if (c < 0x800) {
      *o++ = static_cast<char>(0xC0 | (c >> 6));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (IsLead(static_cast<char16_t>(c)) && i + 1 < n && IsTrail(s[i + 1])) {
      uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
      *o++ = static_cast<char>(0xF0 | (cp >> 18));
      *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
      i++;
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      *o++ = static_cast<char>(0xE0 | (c >> 12));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return static_cast<size_t>(o - out);
}

// Bytes `s` takes in `enc` (one of the string encodings).
size_t EncodedLength(JSLinearString* s, Encoding enc,
                     const JS::AutoCheckCannotGC& nogc) {
  size_t n = JS::GetLinearStringLength(s);
  switch (enc) {
    case kUcs2: return 2 * n;
    case kLatin1:
    case kAscii: return n;
    default: break;
  }
  if (JS::LinearStringHasLatin1Chars(s)) {
    return Utf8Length(JS::GetLatin1LinearStringChars(nogc, s), n);
  }
  return Utf8Length(JS::GetTwoByteLinearStringChars(nogc, s), n);
}

// Encodes `s` into out (EncodedLength bytes); returns the bytes written.
size_t Encode(JSLinearString* s, Encoding enc, char* out,
              const JS::AutoCheckCannotGC& nogc) {
  size_t n = JS::GetLinearStringLength(s);
  if (JS::LinearStringHasLatin1Chars(s)) {
    const JS::Latin1Char* p = JS::GetLatin1LinearStringChars(nogc, s);
    switch (enc) {
      case kUtf8: return EncodeUtf8(p, n, out);
      case kUcs2:
        for (size_t i = 0; i < n; i++) {
          out[2 * i] = static_cast<char>(p[i]);
          out[2 * i + 1] = 0;
        }
        return 2 * n;
      default:
        std::memcpy(out, p, n);
        return n;
    }
  }
  const char16_t* p = JS::GetTwoByteLinearStringChars(nogc, s);
  switch (enc) {
    case kUtf8: return EncodeUtf8(p, n, out);
    case kUcs2:
      for (size_t i = 0; i < n; i++) {
        out[2 * i] = static_cast<char>(p[i] & 0xFF);
        out[2 * i + 1] = static_cast<char>(p[i] >> 8);
      }
      return 2 * n;
    default:
      for (size_t i = 0; i < n; i++) out[i] = static_cast<char>(p[i] & 0xFF);
      return n;
  }
}

// The encoding named by a writev entry.
Encoding EncodingOf(JSContext* cx, const JS::Value& v) {
  if (!v.isString()) return kBuffer;
  JSLinearString* s = JS_EnsureLinearString(cx, v.toString());
  if (!s) return kOther;
  struct Name {
    const char* name;
    Encoding enc;
  };
  static const Name kNames[] = {
      {"utf8", kUtf8},       {"utf-8", kUtf8},     {"buffer", kBuffer},
      {"latin1", kLatin1},   {"binary", kLatin1},  {"ascii", kAscii},
      {"ucs2", kUcs2},       {"ucs-2", kUcs2},     {"utf16le", kUcs2},
      {"utf-16le", kUcs2},
  };
  for (const Name& n : kNames) {
    if (JS_LinearStringEqualsAscii(s, n.name)) return n.enc;
  }
  return kOther;
}

// --- write and shutdown requests ----------------------------------------------------

// Calls `req.oncomplete(status, handle, undefined)` for a finished write or
// shutdown.
void CallOnComplete(Runtime* rt, JSObject* req_obj, uv_stream_t* stream,
                    int status) {
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  CallbackScope scope(rt);
  JS::RootedObject req(cx, req_obj);
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, req, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  auto* w = static_cast<StreamWrap*>(stream->data);
  JS::RootedValueArray<3> argv(cx);
  argv[0].setInt32(status);
  if (w && w->object()) argv[1].setObject(*w->object());
  JS::RootedValue recv(cx, JS::ObjectValue(*req));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, argv, &rv);
}

class WriteReq final : public ReqWrap<uv_write_t> {
 public:
  // `data` (the bytes queued, js_malloc'd) is freed with the request.
  WriteReq(Runtime* rt, JSObject* obj, char* data) : ReqWrap(rt, obj), data_(data) {}
  ~WriteReq() override { js_free(data_); }

  static void AfterWrite(uv_write_t* req, int status) {
    std::unique_ptr<WriteReq> r(static_cast<WriteReq*>(From(req)));
    if (r->object()) {
      CallOnComplete(r->runtime(), r->object(), req->handle, status);
    } else if (status < 0 && status != UV_ECANCELED) {
      // The queued part of a cork flush failed.
      static_cast<StreamWrap*>(req->handle->data)->ReportWriteError(status);
    }
  }

 private:
  char* data_;
};

class ShutdownReq final : public ReqWrap<uv_shutdown_t> {
 public:
  ShutdownReq(Runtime* rt, JSObject* obj) : ReqWrap(rt, obj) {}

  static void AfterShutdown(uv_shutdown_t* req, int status) {
    std::unique_ptr<ShutdownReq> r(static_cast<ShutdownReq*>(From(req)));
    CallOnComplete(r->runtime(), r->object(), req->handle, status);
  }
};

// The uv stream of a handle object given as a send handle, or null.
uv_stream_t* SendHandleArg(const JS::Value& v) {
  if (!v.isObject()) return nullptr;
  StreamWrap* w = StreamWrap::FromObject(&v.toObject());
  return w && w->is_open() ? w->stream() : nullptr;
}

JSObject* ReqArg(const JS::CallArgs& args) {
  return args.get(0).isObject() ? &args[0].toObject() : nullptr;
}

}  // namespace

int32_t* StreamBaseState() { return t_state.fields; }

// --- StreamWrap -------------------------------------------------------------------------

StreamWrap::StreamWrap(Runtime* rt, JSObject* object, uv_stream_t* stream)
    : HandleWrap(rt, object, reinterpret_cast<uv_handle_t*>(stream)),
      stream_(stream) {}

bool StreamWrap::is_ipc() const {
  return stream_->type == UV_NAMED_PIPE &&
         reinterpret_cast<const uv_pipe_t*>(stream_)->ipc;
}

void StreamWrap::RegisterStreamClass(const JSClass* cls) {
  StreamClasses().push_back(cls);
  HandleWrap::RegisterClass(cls);
}

StreamWrap* StreamWrap::FromObject(JSObject* obj) {
  const JSClass* cls = JS::GetClass(obj);
  for (const JSClass* c : StreamClasses()) {
    if (c == cls) return UnwrapObject<StreamWrap>(obj, cls);
  }
  return nullptr;
}

StreamWrap* StreamWrap::FromThis(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  StreamWrap* w = FromObject(&args.thisv().toObject());
  return w && w->is_open() ? w : nullptr;
}

void StreamWrap::SetHandleFactory(uv_handle_type type, NewHandleFn fn) {
  g_factories[type] = fn;
}

JSObject* StreamWrap::BindingPrototype(JSContext* cx, const char* binding,
                                       const char* name) {
  Runtime* rt = Runtime::From(cx);
  JS::RootedObject cache(cx, rt->binding_cache());
  JS::RootedValue b(cx);
  if (!JS_GetProperty(cx, cache, binding, &b)) return nullptr;
  if (!b.isObject()) {
    JS::RootedValueArray<1> argv(cx);
    argv[0].setString(JS_NewStringCopyZ(cx, binding));
    if (!argv[0].toString()) return nullptr;
    // internalBinding(name) through its JSNative.
    JSFunction* f = JS_NewFunction(cx, bindings::InternalBinding, 1, 0, "internalBinding");
    if (!f) return nullptr;
    JS::RootedValue fv(cx, JS::ObjectValue(*JS_GetFunctionObject(f)));
    if (!JS_CallFunctionValue(cx, nullptr, fv, argv, &b)) return nullptr;
    if (!b.isObject()) return nullptr;
  }
  JS::RootedObject bobj(cx, &b.toObject());
  JS::RootedValue ctor(cx);
  if (!JS_GetProperty(cx, bobj, name, &ctor)) return nullptr;
  if (!ctor.isObject()) {
    ThrowError(cx, "stream_wrap: missing handle class");
    return nullptr;
  }
  JS::RootedObject cobj(cx, &ctor.toObject());
  JS::RootedValue proto(cx);
  if (!JS_GetProperty(cx, cobj, "prototype", &proto)) return nullptr;
  if (!proto.isObject()) {
    ThrowError(cx, "stream_wrap: missing handle prototype");
    return nullptr;
  }
  return &proto.toObject();
}

void StreamWrap::RaiseFileLimit() {
  static bool done = false;
  if (done) return;
  done = true;
  struct rlimit lim;
  if (getrlimit(RLIMIT_NOFILE, &lim) != 0 || lim.rlim_cur == lim.rlim_max) return;
  // Like node: the hard limit, or the largest value the kernel accepts when
  // the hard limit is RLIM_INFINITY (bounded by nr_open).
  rlim_t want = lim.rlim_max;
  if (want == RLIM_INFINITY) want = 1 << 20;
  while (want > lim.rlim_cur) {
    struct rlimit next = {want, lim.rlim_max};
    if (setrlimit(RLIMIT_NOFILE, &next) == 0) return;
    want /= 2;
  }
}

int StreamWrap::Listen(int backlog) {
  return uv_listen(stream_, backlog, OnConnection);
}

// --- reading ---------------------------------------------------------------------------

void StreamWrap::OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
  ThreadState& ts = t_state;
  if (!ts.block) ts.block = static_cast<char*>(js_malloc(kReadBufferSize));
  if (!ts.block) {
    *buf = uv_buf_init(nullptr, 0);  // libuv reports UV_ENOBUFS
    return;
  }
  size_t len = kReadBufferSize;
  auto* w = static_cast<StreamWrap*>(handle->data);
  const JS::Value& user = JS::GetReservedSlot(w->object(), kUserBufferSlot);
  if (user.isObject()) {
    JSObject* view = js::UnwrapArrayBufferView(&user.toObject());
    size_t cap = view ? JS_GetArrayBufferViewByteLength(view) : 0;
    len = std::min(len, cap);
  }
  *buf = MakeBuf(ts.block, len);
}

JSObject* StreamWrap::AcceptPending(JSContext* cx) {
  auto* pipe = reinterpret_cast<uv_pipe_t*>(stream_);
  if (uv_pipe_pending_count(pipe) <= 0) return nullptr;
  uv_handle_type type = uv_pipe_pending_type(pipe);
  NewHandleFn make = type < UV_HANDLE_TYPE_MAX ? g_factories[type] : nullptr;
  if (!make) return nullptr;  // a kind nothing can wrap yet: libuv closes it
  StreamWrap* client = nullptr;
  JS::RootedObject obj(cx, make(cx, &client));
  if (!obj) {
    runtime()->HandleUncaughtException();
    return nullptr;
  }
  if (uv_accept(stream_, client->stream()) != 0) {
    client->Close(JS::UndefinedHandleValue);
    return nullptr;
  }
  return obj;
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  if (nread == 0) return;  // EAGAIN: the block stays for the next read
  auto* w = static_cast<StreamWrap*>(stream->data);
  Runtime* rt = w->runtime();
  if (!rt->can_call_into_js()) return;
  if (nread > 0 && w->listener_ != nullptr && !w->is_ipc() &&
      !JS::GetReservedSlot(w->object(), kUserBufferSlot).isObject()) {
    w->bytes_read_ += static_cast<size_t>(nread);
    w->listener_->OnStreamRead(buf->base, static_cast<size_t>(nread));
    return;
  }
  JSContext* cx = rt->cx();
  CallbackScope scope(rt);
  JS::RootedObject obj(cx, w->object());
  JS::RootedValue arg(cx);
  int32_t* fields = t_state.fields;
  if (nread > 0) {
    size_t n = static_cast<size_t>(nread);
    w->bytes_read_ += n;
    JS::Value user = JS::GetReservedSlot(obj, kUserBufferSlot);
    if (user.isObject()) {
      JS::AutoCheckCannotGC nogc;
      JSObject* view = js::UnwrapArrayBufferView(&user.toObject());
      bool shared;
      char* dst = view ? static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc))
                       : nullptr;
      size_t cap = view ? JS_GetArrayBufferViewByteLength(view) : 0;
      n = std::min(n, cap);
      if (dst && n) std::memcpy(dst, buf->base, n);
    } else {
      ThreadState& ts = t_state;
      JSObject* ab;
      char* data;
      if (n >= kHandOverMin) {
        data = static_cast<char*>(js_realloc(ts.block, n));
        if (!data) data = ts.block;  // shrinking failed: hand over the block as is
        ts.block = nullptr;
      } else {
        data = static_cast<char*>(js_malloc(n));
        if (data) std::memcpy(data, buf->base, n);
      }
      ab = data ? JS::NewArrayBufferWithContents(cx, n, data) : nullptr;
      if (!ab) js_free(data);
      if (!ab) {
        if (!JS_IsExceptionPending(cx)) JS_ReportOutOfMemory(cx);
        rt->HandleUncaughtException();
        return;
      }
      arg.setObject(*ab);
    }
    if (w->is_ipc()) {
      JS::RootedObject pending(cx, w->AcceptPending(cx));
      if (pending) {
        JS::RootedValue pv(cx, JS::ObjectValue(*pending));
        if (!JS_SetProperty(cx, obj, "pendingHandle", pv)) {
          rt->HandleUncaughtException();
          return;
        }
      }
    }
    fields[kReadBytesOrError] = static_cast<int32_t>(n);
    fields[kArrayBufferOffset] = 0;
  } else {
    fields[kReadBytesOrError] = static_cast<int32_t>(nread);
    fields[kArrayBufferOffset] = 0;
  }
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "onread", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  JS::RootedValue recv(cx, JS::ObjectValue(*obj));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv);
}

void StreamWrap::OnConnection(uv_stream_t* server, int status) {
  auto* w = static_cast<StreamWrap*>(server->data);
  Runtime* rt = w->runtime();
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  CallbackScope scope(rt);
  JS::RootedValue client(cx);
  if (status == 0) {
    NewHandleFn make = g_factories[server->type];
    EDDY_CHECK(make != nullptr);
    StreamWrap* cw = nullptr;
    JS::RootedObject cobj(cx, make(cx, &cw));
    if (!cobj) {
      rt->HandleUncaughtException();
      return;
    }
    if (uv_accept(server, cw->stream()) != 0) {
      cw->Close(JS::UndefinedHandleValue);
      return;
    }
    client.setObject(*cobj);
  }
  JS::RootedObject obj(cx, w->object());
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "onconnection", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) {
    // Nobody takes it: do not leave an open handle behind.
    if (client.isObject()) {
      if (StreamWrap* cw = FromObject(&client.toObject())) cw->Close(JS::UndefinedHandleValue);
    }
    return;
  }
  JS::RootedValueArray<2> argv(cx);
  argv[0].setInt32(status);
  argv[1].set(client);
  JS::RootedValue recv(cx, JS::ObjectValue(*obj));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, argv, &rv);
}

bool StreamWrap::ReadStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  args.rval().setInt32(w ? uv_read_start(w->stream_, OnAlloc, OnRead) : UV_EBADF);
  return true;
}

bool StreamWrap::ReadStop(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  args.rval().setInt32(w ? uv_read_stop(w->stream_) : UV_EBADF);
  return true;
}

bool StreamWrap::UseUserBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  StreamWrap* w = FromThis(args);
  if (!w) return true;
  if (!args.get(0).isObject() || !js::UnwrapArrayBufferView(&args[0].toObject())) {
    return ThrowTypeError(cx, "useUserBuffer: buffer must be an ArrayBufferView");
  }
  JS::SetReservedSlot(w->object(), kUserBufferSlot, args[0]);
  return true;
}

// --- writing ------------------------------------------------------------------------------

int StreamWrap::Send(JSObject* req, uv_buf_t* bufs, size_t nbufs, size_t total,
                     char* owned, uv_stream_t* send_handle, bool* queued) {
  *queued = false;
  size_t done = 0;
  if (!send_handle) {
    int n = uv_try_write(stream_, bufs, static_cast<unsigned>(nbufs));
    if (n >= 0) {
      done = static_cast<size_t>(n);
    } else if (n != UV_EAGAIN && n != UV_ENOSYS) {
      js_free(owned);
      return n;
    }
    if (done == total) {
      js_free(owned);
      return 0;
    }
  }

  size_t rest = total - done;
  char* data;
  char* start;
  if (owned && nbufs == 1 && bufs[0].base >= owned) {
    data = owned;  // send the rest straight from the private copy
    start = bufs[0].base + done;
  } else {
    data = static_cast<char*>(js_malloc(rest ? rest : 1));
    if (!data) {
      js_free(owned);
      return UV_ENOMEM;
    }
    size_t skip = done, o = 0;
    for (size_t i = 0; i < nbufs; i++) {
      size_t len = bufs[i].len;
      if (skip >= len) {
        skip -= len;
        continue;
      }
      std::memcpy(data + o, bufs[i].base + skip, len - skip);
      o += len - skip;
      skip = 0;
    }
    js_free(owned);
    start = data;
  }
  uv_buf_t buf = MakeBuf(start, rest);
  auto* r = new WriteReq(runtime(), req, data);
  int err = send_handle
                ? uv_write2(r->uv_req(), stream_, &buf, 1, send_handle, WriteReq::AfterWrite)
                : uv_write(r->uv_req(), stream_, &buf, 1, WriteReq::AfterWrite);
  if (err) {
    delete r;
    return err;
  }
  *queued = true;
  return 0;
}

bool StreamWrap::CanCork(size_t n) const {
  return auto_cork_ && !t_state.cork_disabled && n <= kCorkWriteMax &&
         cork_len_ + n <= kCorkMax && uv_stream_get_write_queue_size(stream_) == 0;
}

bool StreamWrap::ReserveCork(size_t n) {
  if (cork_ == nullptr && t_state.cork_pool_len > 0) {
    ThreadState& ts = t_state;
    ts.cork_pool_len--;
    cork_ = ts.cork_pool[ts.cork_pool_len];
    cork_cap_ = ts.cork_pool_cap[ts.cork_pool_len];
    cork_len_ = 0;
  }
  if (cork_len_ + n <= cork_cap_) return true;
  size_t cap = std::max<size_t>(std::max<size_t>(cork_cap_ * 2, 4096), cork_len_ + n);
  char* grown = static_cast<char*>(js_realloc(cork_, cap));
  if (!grown) return false;
  cork_ = grown;
  cork_cap_ = cap;
  return true;
}

void StreamWrap::Cork(const uv_buf_t* bufs, size_t nbufs, size_t total) {
  if (!ReserveCork(total)) {
    // No memory to cork: send what is corked, then this write, directly.
    int err = FlushCork();
    bool queued;
    std::vector<uv_buf_t> copy(bufs, bufs + nbufs);
    if (!err) err = Send(nullptr, copy.data(), nbufs, total, nullptr, nullptr, &queued);
    if (err) SetPendingWriteError(err);
    return;
  }
  for (size_t i = 0; i < nbufs; i++) {
    // An empty chunk may have no memory at all (base null, and so may
    // cork_ be): memcpy must not see null pointers even for 0 bytes.
    if (bufs[i].len == 0) continue;
    std::memcpy(cork_ + cork_len_, bufs[i].base, bufs[i].len);
    cork_len_ += bufs[i].len;
  }
  List();
}

void StreamWrap::List() {
  ThreadState& ts = t_state;
  if (!listed_) {
    listed_ = true;
    next_corked_ = ts.corked;
    ts.corked = this;
  }
  if (ts.flusher) ts.flusher->Schedule();
}

void StreamWrap::SetPendingWriteError(int err) {
  if (!pending_write_error_) pending_write_error_ = err;
  List();
}

bool StreamWrap::EnsureFlusher(JSContext* cx) {
  ThreadState& ts = t_state;
  if (ts.flusher) return true;
  static const JSClassOps kOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                  nullptr, HandleWrap::Finalize, nullptr,
                                  nullptr, nullptr};
  static const JSClass kClass = {
      "CorkFlusher", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kOps};
  static bool registered = false;
  if (!registered) {
    HandleWrap::RegisterClass(&kClass);
    registered = true;
  }
  JSObject* obj = JS_NewObject(cx, &kClass);
  if (!obj) return false;
  ts.flusher = new CorkFlusher(Runtime::From(cx), obj);
  return true;
}

void StreamWrap::Unlist() {
  if (!listed_) return;
  listed_ = false;
  ThreadState& ts = t_state;
  for (StreamWrap** p = &ts.corked; *p; p = &(*p)->next_corked_) {
    if (*p == this) {
      *p = next_corked_;
      break;
    }
  }
  next_corked_ = nullptr;
}

int StreamWrap::FlushCork() {
  if (cork_len_ == 0) return 0;
  char* data = cork_;
  size_t len = cork_len_;
  uv_buf_t buf = MakeBuf(data, len);
  int n = uv_try_write(stream_, &buf, 1);
  if (n >= 0 && static_cast<size_t>(n) == len) {
    // All out: keep the buffer for the next cork.
    cork_len_ = 0;
    ThreadState& ts = t_state;
    if (cork_cap_ <= kCorkPoolCap && ts.cork_pool_len < kCorkPoolMax) {
      ts.cork_pool[ts.cork_pool_len] = cork_;
      ts.cork_pool_cap[ts.cork_pool_len] = cork_cap_;
      ts.cork_pool_len++;
      cork_ = nullptr;
      cork_cap_ = 0;
    }
    return 0;
  }
  cork_ = nullptr;
  cork_len_ = cork_cap_ = 0;
  if (n < 0 && n != UV_EAGAIN && n != UV_ENOSYS) {
    js_free(data);
    return n;
  }
  // The rest is queued from the buffer itself (Send takes it over).
  const size_t done = n > 0 ? static_cast<size_t>(n) : 0;
  uv_buf_t rest = MakeBuf(data + done, len - done);
  bool queued;
  return Send(nullptr, &rest, 1, len - done, data, nullptr, &queued);
}

void StreamWrap::FlushAllCorked(bool disable) {
  ThreadState& ts = t_state;
  if (disable) ts.cork_disabled = true;
  while (StreamWrap* w = ts.corked) {
    w->Unlist();
    int err = w->FlushCork();
    if (err && !w->pending_write_error_) w->pending_write_error_ = err;
  }
}

CorkFlusher::CorkFlusher(Runtime* rt, JSObject* obj)
    : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&prepare_)) {
  uv_prepare_init(rt->loop(), &prepare_);
}

CorkFlusher::~CorkFlusher() {
  if (t_state.flusher == this) t_state.flusher = nullptr;
}

void CorkFlusher::OnPrepare(uv_prepare_t* handle) {
  ThreadState& ts = t_state;
  uv_prepare_stop(handle);
  // Flush everything, then report failures; a report runs JS, which may
  // cork more: repeat until nothing is left. Wraps are freed only by close
  // callbacks, never during this one, so the pointers stay valid.
  std::vector<StreamWrap*> failed;
  while (ts.corked) {
    failed.clear();
    while (StreamWrap* w = ts.corked) {
      w->Unlist();
      int err = w->FlushCork();
      if (err && !w->pending_write_error_) w->pending_write_error_ = err;
      if (w->pending_write_error_) failed.push_back(w);
    }
    for (StreamWrap* w : failed) {
      int err = w->pending_write_error_;
      w->pending_write_error_ = 0;
      w->ReportWriteError(err);
    }
  }
}

void StreamWrap::BeforeClose() {
  if (StreamListener* l = listener_) {
    listener_ = nullptr;
    l->OnStreamClose();
  }
  // What JS was told went out goes out now, as far as the socket takes it
  // (writes still queued in libuv are cancelled by the close, as in node).
  if (cork_len_ > 0) {
    uv_buf_t buf = MakeBuf(cork_, cork_len_);
    (void)uv_try_write(stream_, &buf, 1);
  }
  js_free(cork_);
  cork_ = nullptr;
  cork_len_ = cork_cap_ = 0;
  Unlist();
}

StreamWrap::~StreamWrap() {
  if (StreamListener* l = listener_) {
    listener_ = nullptr;
    l->OnStreamClose();
  }
  js_free(cork_);
  Unlist();
}

void StreamWrap::ReportWriteError(int status) {
  Runtime* rt = runtime();
  if (!rt->can_call_into_js() || !is_open()) return;
  JSContext* cx = rt->cx();
  CallbackScope scope(rt);
  JS::RootedObject obj(cx, object());
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "onwriteerror", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  JS::RootedValue arg(cx, JS::Int32Value(status));
  JS::RootedValue recv(cx, JS::ObjectValue(*obj));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, JS::HandleValueArray(arg), &rv);
}

int StreamWrap::Write(JSObject* req, uv_buf_t* bufs, size_t nbufs, size_t total,
                      char* owned, uv_stream_t* send_handle) {
  int32_t* fields = t_state.fields;
  fields[kBytesWritten] = static_cast<int32_t>(std::min<size_t>(total, INT32_MAX));
  fields[kLastWriteWasAsync] = 0;

  if (!send_handle && CanCork(total)) {
    Cork(bufs, nbufs, total);
    js_free(owned);
    bytes_written_ += total;
    return 0;
  }

  bool queued = false;
  int err;
  if (cork_len_ > 0) {
    // The corked bytes go first, in the same system call.
    std::vector<uv_buf_t> all;
    all.reserve(nbufs + 1);
    all.push_back(MakeBuf(cork_, cork_len_));
    all.insert(all.end(), bufs, bufs + nbufs);
    char* cork = cork_;
    size_t cork_len = cork_len_;
    cork_ = nullptr;
    cork_len_ = cork_cap_ = 0;
    Unlist();
    err = Send(req, all.data(), all.size(), total + cork_len, nullptr, send_handle, &queued);
    js_free(cork);
    js_free(owned);
  } else {
    err = Send(req, bufs, nbufs, total, owned, send_handle, &queued);
  }
  if (err) return err;
  if (queued) fields[kLastWriteWasAsync] = 1;
  bytes_written_ += total;
  return 0;
}

bool StreamWrap::WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  JSObject* req = ReqArg(args);
  JSObject* view = args.get(1).isObject() ? js::UnwrapArrayBufferView(&args[1].toObject())
                                          : nullptr;
  if (!w || !req || !view) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  uv_stream_t* send_handle = SendHandleArg(args.get(2));
  JS::AutoCheckCannotGC nogc;
  bool shared;
  char* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
  size_t len = JS_GetArrayBufferViewByteLength(view);
  uv_buf_t buf = MakeBuf(p, len);
  args.rval().setInt32(w->Write(req, &buf, 1, len, nullptr, send_handle));
  return true;
}

template <int kEncoding>
bool StreamWrap::WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  constexpr Encoding enc = static_cast<Encoding>(kEncoding);
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  JSObject* req_raw = ReqArg(args);
  if (!w || !req_raw) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject req(cx, req_raw);
  JS::RootedString str(cx, JS::ToString(cx, args.get(1)));
  if (!str) return false;
  JS::Rooted<JSLinearString*> s(cx, JS_EnsureLinearString(cx, str));
  if (!s) return false;
  uv_stream_t* send_handle = SendHandleArg(args.get(2));
  size_t n = JS::GetLinearStringLength(s);

  // One-byte strings already hold the bytes of latin1/ascii, and of UTF-8
  // when they are ASCII: write them in place.
  if (enc != kUcs2 && JS::LinearStringHasLatin1Chars(s)) {
    JS::AutoCheckCannotGC nogc;
    const JS::Latin1Char* p = JS::GetLatin1LinearStringChars(nogc, s);
    if (enc != kUtf8 || FirstNonAscii(p, n) == n) {
      uv_buf_t buf = MakeBuf(reinterpret_cast<char*>(const_cast<JS::Latin1Char*>(p)), n);
      args.rval().setInt32(w->Write(req, &buf, 1, n, nullptr, send_handle));
      return true;
    }
  }

  size_t need;
  {
    JS::AutoCheckCannotGC nogc;
    need = EncodedLength(s, enc, nogc);
  }
  char stack_buf[kStackEncodeSize];
  char* owned = nullptr;
  char* out = stack_buf;
  if (need > sizeof(stack_buf)) {
    owned = static_cast<char*>(js_malloc(need));
    if (!owned) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    out = owned;
  }
  JS::AutoCheckCannotGC nogc;
  size_t len = Encode(s, enc, out, nogc);
  uv_buf_t buf = MakeBuf(out, len);
  args.rval().setInt32(w->Write(req, &buf, 1, len, owned, send_handle));
  return true;
}

bool StreamWrap::CorkUtf8String(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  if (!w || !args.get(0).isString()) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  args.rval().setInt32(UV_EAGAIN);
  JS::RootedString str(cx, args[0].toString());
  // Room for the longest encoding: 2 bytes a char for one-byte strings,
  // 3 for two-byte ones (a surrogate pair takes 4 bytes for 2 chars).
  // (JS_EncodeStringToUTF8BufferPartial would spare flattening a rope, but
  // costs more than flattening and copying for the short strings here.)
  const bool latin1 = JS::StringHasLatin1Chars(str);
  const size_t max = JS_GetStringLength(str) * (latin1 ? 2 : 3);
  if (!w->auto_cork_ || t_state.cork_disabled || max > kCorkWriteMax ||
      uv_stream_get_write_queue_size(w->stream_) != 0) {
    return true;
  }
  if (w->cork_len_ + max > kCorkMax) {
    // The cork is full: send it, then start a new one if the socket took it.
    if (int err = w->FlushCork()) w->SetPendingWriteError(err);
    if (uv_stream_get_write_queue_size(w->stream_) != 0 || w->pending_write_error_) {
      return true;
    }
  }
  JS::Rooted<JSLinearString*> s(cx, JS_EnsureLinearString(cx, str));
  if (!s || !w->ReserveCork(max)) return !!s;
  size_t written;
  {
    JS::AutoCheckCannotGC nogc;
    written = Encode(s, kUtf8, w->cork_ + w->cork_len_, nogc);
  }
  w->cork_len_ += written;
  w->bytes_written_ += written;
  w->List();
  args.rval().setInt32(static_cast<int32_t>(written));
  return true;
}

bool StreamWrap::Writev(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  JSObject* req_raw = ReqArg(args);
  bool is_array = false;
  if (args.get(1).isObject() && !JS::IsArrayObject(cx, args[1], &is_array)) return false;
  if (!w || !req_raw || !is_array) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  JS::RootedObject req(cx, req_raw);
  JS::RootedObject chunks(cx, &args[1].toObject());
  bool all_buffers = JS::ToBoolean(args.get(2));
  uint32_t length;
  if (!JS::GetArrayLength(cx, chunks, &length)) return false;
  size_t count = all_buffers ? length : length / 2;

  // Pass 1 (may GC): collect the chunks, linearize strings, size them.
  JS::RootedValueVector items(cx);
  std::vector<Encoding> encs;
  if (!items.reserve(count)) return false;
  encs.reserve(count);
  size_t string_bytes = 0;
  JS::RootedValue v(cx), e(cx);
  for (size_t i = 0; i < count; i++) {
    if (!JS_GetElement(cx, chunks, static_cast<uint32_t>(all_buffers ? i : 2 * i), &v)) {
      return false;
    }
    Encoding enc = kBuffer;
    if (!all_buffers) {
      if (!JS_GetElement(cx, chunks, static_cast<uint32_t>(2 * i + 1), &e)) return false;
      if (v.isString()) {
        enc = EncodingOf(cx, e);
        if (enc == kBuffer) enc = kUtf8;
        if (enc == kOther) {
          args.rval().setInt32(UV_EINVAL);  // lib/ converts other encodings first
          return true;
        }
        JSLinearString* s = JS_EnsureLinearString(cx, v.toString());
        if (!s) return false;
        v.setString(JS_FORGET_STRING_LINEARNESS(s));
        JS::AutoCheckCannotGC nogc;
        string_bytes += EncodedLength(s, enc, nogc);
      }
    }
    if (enc == kBuffer &&
        (!v.isObject() || !js::UnwrapArrayBufferView(&v.toObject()))) {
      args.rval().setInt32(UV_EINVAL);
      return true;
    }
    if (!items.append(v)) return false;
    encs.push_back(enc);
  }
  char* owned = nullptr;
  if (string_bytes) {
    owned = static_cast<char*>(js_malloc(string_bytes));
    if (!owned) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
  }
  std::vector<uv_buf_t> bufs(count);
  uv_stream_t* send_handle = nullptr;

  // Pass 2 (no GC): point at buffer bytes, encode strings into `owned`.
  JS::AutoCheckCannotGC nogc;
  size_t total = 0, o = 0;
  for (size_t i = 0; i < count; i++) {
    if (encs[i] == kBuffer) {
      JSObject* view = js::UnwrapArrayBufferView(&items[i].toObject());
      bool shared;
      char* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      size_t len = JS_GetArrayBufferViewByteLength(view);
      bufs[i] = MakeBuf(p, len);
      total += len;
    } else {
      JSLinearString* s = JS_ASSERT_STRING_IS_LINEAR(items[i].toString());
      size_t len = Encode(s, encs[i], owned + o, nogc);
      bufs[i] = MakeBuf(owned + o, len);
      o += len;
      total += len;
    }
  }
  // The queued part is copied from bufs (owned holds only some of them).
  int err = w->Write(req, bufs.data(), count, total, nullptr, send_handle);
  js_free(owned);
  args.rval().setInt32(err);
  return true;
}

bool StreamWrap::Shutdown(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  JSObject* req = ReqArg(args);
  if (!w || !req) {
    args.rval().setInt32(w ? UV_EINVAL : UV_EBADF);
    return true;
  }
  // Corked bytes go before the FIN (uv_shutdown waits for queued writes).
  if (int ferr = w->FlushCork()) w->SetPendingWriteError(ferr);
  auto* r = new ShutdownReq(w->runtime(), req);
  int err = uv_shutdown(r->uv_req(), w->stream_, ShutdownReq::AfterShutdown);
  if (err) delete r;
  args.rval().setInt32(err);
  return true;
}

bool StreamWrap::SetBlocking(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  bool blocking = JS::ToBoolean(args.get(0));
  if (blocking) {
    // Blocking writes are done when write() returns: no corking.
    w->auto_cork_ = false;
    if (int ferr = w->FlushCork()) w->SetPendingWriteError(ferr);
  }
  args.rval().setInt32(uv_stream_set_blocking(w->stream_, blocking));
  return true;
}

bool StreamWrap::SetAutoCork(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(false);
  StreamWrap* w = FromThis(args);
  if (!w) return true;
  bool enable = JS::ToBoolean(args.get(0));
  uv_os_fd_t fd = -1;
  uv_handle_type type = w->stream_->type;
  // TCP and plain pipes only; never stdio (process.exit must not strand
  // output) nor IPC channels.
  bool eligible = (type == UV_TCP || (type == UV_NAMED_PIPE && !w->is_ipc())) &&
                  uv_fileno(reinterpret_cast<uv_handle_t*>(w->stream_), &fd) == 0 && fd > 2;
  if (enable && eligible) {
    if (!EnsureFlusher(cx)) return false;
    w->auto_cork_ = true;
    args.rval().setBoolean(true);
  } else {
    w->auto_cork_ = false;
    if (int ferr = w->FlushCork()) w->SetPendingWriteError(ferr);
  }
  return true;
}

// --- accessors ---------------------------------------------------------------------------

bool StreamWrap::GetBytesRead(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = args.thisv().isObject() ? FromObject(&args.thisv().toObject()) : nullptr;
  args.rval().setNumber(w ? static_cast<double>(w->bytes_read_) : 0.0);
  return true;
}

bool StreamWrap::GetBytesWritten(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = args.thisv().isObject() ? FromObject(&args.thisv().toObject()) : nullptr;
  args.rval().setNumber(w ? static_cast<double>(w->bytes_written_) : 0.0);
  return true;
}

bool StreamWrap::GetFd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  uv_os_fd_t fd = -1;
  if (!w || uv_fileno(reinterpret_cast<uv_handle_t*>(w->stream_), &fd) != 0) fd = -1;
  args.rval().setInt32(fd);
  return true;
}

bool StreamWrap::GetWriteQueueSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StreamWrap* w = FromThis(args);
  args.rval().setNumber(
      w ? static_cast<double>(uv_stream_get_write_queue_size(w->stream_) + w->cork_len_) : 0.0);
  return true;
}

const JSFunctionSpec StreamWrap::kMethods[] = {
    JS_FN("readStart", StreamWrap::ReadStart, 0, 0),
    JS_FN("readStop", StreamWrap::ReadStop, 0, 0),
    JS_FN("shutdown", StreamWrap::Shutdown, 1, 0),
    JS_FN("writeBuffer", StreamWrap::WriteBuffer, 2, 0),
    JS_FN("writev", StreamWrap::Writev, 3, 0),
    JS_FN("writeUtf8String", StreamWrap::WriteString<kUtf8>, 2, 0),
    JS_FN("writeAsciiString", StreamWrap::WriteString<kAscii>, 2, 0),
    JS_FN("writeLatin1String", StreamWrap::WriteString<kLatin1>, 2, 0),
    JS_FN("writeUcs2String", StreamWrap::WriteString<kUcs2>, 2, 0),
    JS_FN("corkUtf8String", StreamWrap::CorkUtf8String, 1, 0),
    JS_FN("setBlocking", StreamWrap::SetBlocking, 1, 0),
    JS_FN("setAutoCork", StreamWrap::SetAutoCork, 1, 0),
    JS_FN("useUserBuffer", StreamWrap::UseUserBuffer, 1, 0),
    JS_FN("close", HandleWrap::JSClose, 1, 0),
    JS_FN("ref", HandleWrap::JSRef, 0, 0),
    JS_FN("unref", HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", HandleWrap::JSHasRef, 0, 0),
    JS_FS_END};

const JSPropertySpec StreamWrap::kProperties[] = {
    JS_PSG("bytesRead", StreamWrap::GetBytesRead, JSPROP_ENUMERATE),
    JS_PSG("bytesWritten", StreamWrap::GetBytesWritten, JSPROP_ENUMERATE),
    JS_PSG("fd", StreamWrap::GetFd, JSPROP_ENUMERATE),
    JS_PSG("writeQueueSize", StreamWrap::GetWriteQueueSize, JSPROP_ENUMERATE),
    JS_PS_END};

// --- connect --------------------------------------------------------------------------------

void ConnectReq::AfterConnect(uv_connect_t* req, int status) {
  std::unique_ptr<ConnectReq> r(static_cast<ConnectReq*>(From(req)));
  Runtime* rt = r->runtime();
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  CallbackScope scope(rt);
  JS::RootedObject req_obj(cx, r->object());
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, req_obj, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  auto* w = static_cast<StreamWrap*>(req->handle->data);
  bool readable = status == 0 && uv_is_readable(req->handle);
  bool writable = status == 0 && uv_is_writable(req->handle);
  JS::RootedValueArray<5> argv(cx);
  argv[0].setInt32(status);
  if (w && w->object()) argv[1].setObject(*w->object());
  argv[2].setObject(*req_obj);
  argv[3].setBoolean(readable);
  argv[4].setBoolean(writable);
  JS::RootedValue recv(cx, JS::ObjectValue(*req_obj));
  JS::RootedValue rv(cx);
  (void)rt->CallAndReport(recv, fn, argv, &rv);
}

}  // namespace eddy::loop
