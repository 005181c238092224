// eddy: StreamWrap, the libuv stream layer shared by TCP, pipe and TTY handles
// (node's src/stream_wrap.cc, stream_base.cc and connection_wrap.cc). It adds
// reading, writing, shutdown, listening and connecting to HandleWrap.
//
// Interface for lib/ (node's internal binding shapes):
//
// internalBinding('stream_wrap'):
//   LibuvStreamWrap   base prototype of TCP, Pipe and TTY (not constructible)
//   WriteWrap, ShutdownWrap   constructible request objects; lib/ sets
//                     `oncomplete`, `handle`, and for writes `bytes`, `async`,
//                     `buffer`. oncomplete(status, handle, error) runs when an
//                     asynchronous write/shutdown finishes.
//   streamBaseState   Int32Array shared with C++, indexed by
//   kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync
//
// Methods of every stream handle (TCP, Pipe, TTY):
//   readStart(), readStop()              0 or a negative errno
//   shutdown(req)                        0 or errno; req.oncomplete(status)
//   writeBuffer(req, view[, sendHandle]) 0 or errno
//   writev(req, chunks, allBuffers)      chunks: views, or [chunk, encoding,
//                                        ...] with utf8/latin1/ascii/ucs2
//                                        strings and views ('buffer')
//   writeUtf8String(req, s[, sendHandle]), writeAsciiString,
//   writeLatin1String, writeUcs2String
//     A write tries uv_try_write first; what did not go out is copied and
//     queued. streamBaseState[kBytesWritten] = bytes of this write and
//     [kLastWriteWasAsync] = 1 when req.oncomplete(status) will run later
//     (0: done now, no callback).
//   corkUtf8String(s) (eddy) -> bytes or UV_EAGAIN: when the stream corks
//     and nothing is queued, encodes s as UTF-8 straight into the cork
//     buffer (no WriteWrap, no streamBaseState) and returns the byte count:
//     the write is done. Otherwise writes nothing and returns UV_EAGAIN
//     (UV_EBADF when closed); the caller then writes the usual way.
//   setBlocking(bool), useUserBuffer(uint8array)
//   setAutoCork(bool) (eddy) -> whether corking is on: small writes are
//     gathered and sent together (see "Auto-cork" below); a failure found
//     when sending them later is reported through handle.onwriteerror(errno).
//   getters: bytesRead, bytesWritten, fd, writeQueueSize; isStreamBase = true
//   handle.onread(arrayBuffer | undefined): streamBaseState[kReadBytesOrError]
//     = bytes read (then the ArrayBuffer holds them from
//     [kArrayBufferOffset]) or a negative errno (UV_EOF at end). With a user
//     buffer, the bytes are copied into it and onread gets undefined. On an
//     IPC pipe a received handle is set as `handle.pendingHandle` first.
//   onconnection(status, clientHandle) on listening handles.
//   close(cb), ref(), unref(), hasRef() from HandleWrap.
//
// internalBinding('tcp_wrap'): TCP(type), TCPConnectWrap,
//   constants { SOCKET, SERVER, UV_TCP_IPV6ONLY }; methods open(fd),
//   bind(ip, port[, flags]), bind6(ip, port, flags), listen(backlog),
//   connect(req, ip, port), connect6(req, ip, port), getsockname(out),
//   getpeername(out) (fill {address, family: 'IPv4'|'IPv6', port}),
//   setNoDelay(bool), setKeepAlive(bool, delaySecs), reset(cb).
//   Connect: req.oncomplete(status, handle, req, readable, writable).
// internalBinding('pipe_wrap'): Pipe(type), PipeConnectWrap,
//   constants { SOCKET, SERVER, IPC, UV_READABLE, UV_WRITABLE }; methods
//   open(fd), bind(path), listen(backlog), connect(req, path), fchmod(mode).
// internalBinding('tty_wrap'): TTY(fd, ctx) (on failure ctx gets errno, code,
//   message, syscall), isTTY(fd); methods getWindowSize(arr) -> 0 or errno,
//   filling [columns, rows], setRawMode(bool) -> 0 or errno.
//
// Auto-cork (eddy; Bun does the same): on a stream whose owner enabled it
// (net.Socket does for TCP and non-stdio pipes), a write of at most 16 KiB
// made while nothing is queued is copied into the stream's cork buffer (up
// to 64 KiB) and reported done at once, as a write that went out in full.
// The buffer is sent with one system call by a uv_prepare handle, i.e.
// before the loop next waits for I/O, so no wait is added; it is also sent
// before any write that cannot join it, before shutdown and close, and by
// internalBinding('stream_wrap').flushAutoCorked() (net.js runs it on
// process 'exit', then corking stays off). 100,000 small writes in one
// callback cost a few hundred system calls instead of 100,000.
// net.Socket#write(string) without a callback skips Writable, WriteWrap and
// streamBaseState entirely while nothing is pending: corkUtf8String encodes
// the string straight into the cork buffer (flattening a rope first).
//
// Rules (on top of HandleWrap's):
// - An asynchronous write owns a private copy of the bytes still to send (JS
//   memory can move or be detached), and its request keeps the JS request
//   object alive until the callback. Closing a handle cancels queued writes:
//   their callbacks run (UV_ECANCELED) before the handle's close callback.
// - A StreamListener (set from C++) takes the bytes read instead of JS.
// - Reads go into a per-thread 128 KiB block; the bytes read go to JS as an
//   ArrayBuffer that owns them (the block itself, shrunk to fit, for large
//   reads; an exact-size copy for small ones), never shared.
// - Every call into JS goes through a CallbackScope; none during teardown.
#ifndef EDDY_LOOP_STREAM_WRAP_H_
#define EDDY_LOOP_STREAM_WRAP_H_

#include <jsapi.h>
#include <uv.h>

#include <cstdint>

#include "engine/runtime.h"
#include "loop/handle_wrap.h"
#include "loop/req_wrap.h"

namespace eddy::loop {

enum StreamBaseStateField {
  kReadBytesOrError = 0,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  kStreamBaseStateLength,
};

// The per-thread fields behind streamBaseState.
int32_t* StreamBaseState();

// Takes a stream's bytes in C++ instead of handle.onread (node's "consume":
// the HTTP parser reads its connection this way). Only data goes to the
// listener; end of input and errors still reach handle.onread. The stream
// calls OnStreamClose() when it closes (or is destroyed) and forgets the
// listener; a listener that goes away first calls set_listener(nullptr).
class StreamListener {
 public:
  // `data` is valid during the call only. Called from the read callback,
  // outside any CallbackScope: the listener opens one to call into JS.
  virtual void OnStreamRead(const char* data, size_t len) = 0;
  virtual void OnStreamClose() = 0;

 protected:
  ~StreamListener() = default;
};

class StreamWrap : public HandleWrap {
 public:
  // Reserved slots of every stream handle class (slot 0 is the native).
  enum Slot { kUserBufferSlot = 1, kSlotCount = 2 };

  StreamWrap(Runtime* rt, JSObject* object, uv_stream_t* stream);

  uv_stream_t* stream() { return stream_; }
  bool is_open() const { return state() == kInitialized; }
  bool is_ipc() const;

  // Listens with the shared connection callback (onconnection).
  int Listen(int backlog);

  // Sends the corked bytes now (as far as the socket takes them, the rest
  // queued). Returns 0 or a negative errno.
  int FlushCork();
  // Flushes every corked stream of this thread; with `disable`, corking
  // stays off afterwards (process exit).
  static void FlushAllCorked(bool disable);

  // Calls handle.onwriteerror(status) (through a CallbackScope).
  void ReportWriteError(int status);

  // The consumer of this stream's bytes (see StreamListener), or null.
  StreamListener* listener() const { return listener_; }
  void set_listener(StreamListener* l) { listener_ = l; }

  void BeforeClose() override;
  ~StreamWrap() override;

  // Registers a JSClass whose instances are StreamWraps.
  static void RegisterStreamClass(const JSClass* cls);
  // The StreamWrap behind an object of a registered class, or null.
  static StreamWrap* FromObject(JSObject* obj);
  // The open StreamWrap behind `this`, or null.
  static StreamWrap* FromThis(const JS::CallArgs& args);

  // Makes a new, unconnected handle object of the given kind for accepting a
  // connection or a handle received over IPC; returns null with an exception
  // pending. Registered by the tcp_wrap and pipe_wrap bindings.
  using NewHandleFn = JSObject* (*)(JSContext* cx, StreamWrap** out);
  static void SetHandleFactory(uv_handle_type type, NewHandleFn fn);

  // `binding[name].prototype` for internalBinding(binding); null with an
  // exception pending.
  static JSObject* BindingPrototype(JSContext* cx, const char* binding,
                                    const char* name);

  // Raises the soft RLIMIT_NOFILE to the hard limit once per process, as
  // node does at start-up (servers hold many sockets).
  static void RaiseFileLimit();

  // Methods and accessors of LibuvStreamWrap.prototype (stream + handle).
  static const JSFunctionSpec kMethods[];
  static const JSPropertySpec kProperties[];

 private:
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnConnection(uv_stream_t* server, int status);
  // The handle of `type` waiting on this IPC pipe, as a new handle object;
  // null when none (or on failure, with the exception reported).
  JSObject* AcceptPending(JSContext* cx);

  static bool ReadStart(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool ReadStop(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool Shutdown(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool Writev(JSContext* cx, unsigned argc, JS::Value* vp);
  template <int kEncoding>
  static bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool CorkUtf8String(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool SetBlocking(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool SetAutoCork(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool UseUserBuffer(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool GetBytesRead(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool GetBytesWritten(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool GetFd(JSContext* cx, unsigned argc, JS::Value* vp);
  static bool GetWriteQueueSize(JSContext* cx, unsigned argc, JS::Value* vp);

  // A write from JS of bufs[0, nbufs) (total bytes): corked, or sent now
  // after whatever is corked (see Send). Sets streamBaseState. Takes
  // ownership of `owned` (js_malloc'd or null: the bytes when they are not
  // in JS memory). Must not GC.
  int Write(JSObject* req, uv_buf_t* bufs, size_t nbufs, size_t total, char* owned,
            uv_stream_t* send_handle);
  // Sends bufs now as far as the socket takes them; the rest is copied (or
  // taken from `owned` when bufs is one buffer inside it) and queued with
  // uv_write(2), whose completion calls req.oncomplete (req null: a flush,
  // whose failure goes to onwriteerror). *queued tells whether it did.
  int Send(JSObject* req, uv_buf_t* bufs, size_t nbufs, size_t total, char* owned,
           uv_stream_t* send_handle, bool* queued);
  bool CanCork(size_t n) const;
  // Makes room for n more corked bytes (a pooled or grown buffer); false
  // when out of memory (nothing changed).
  bool ReserveCork(size_t n);
  void Cork(const uv_buf_t* bufs, size_t nbufs, size_t total);
  void List();
  void Unlist();
  // Remembers a failed flush for the flusher to report (onwriteerror).
  void SetPendingWriteError(int err);
  // Makes this thread's CorkFlusher; false with an exception pending.
  static bool EnsureFlusher(JSContext* cx);

  friend class CorkFlusher;

  uv_stream_t* stream_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  bool auto_cork_ = false;
  char* cork_ = nullptr;
  size_t cork_len_ = 0;
  size_t cork_cap_ = 0;
  bool listed_ = false;          // in the thread's list of corked streams
  int pending_write_error_ = 0;  // a flush failed outside the flusher
  StreamWrap* next_corked_ = nullptr;
  StreamListener* listener_ = nullptr;
};

// A connect request of a TCP or pipe handle: on completion calls
// req.oncomplete(status, handle, req, readable, writable).
class ConnectReq final : public ReqWrap<uv_connect_t> {
 public:
  ConnectReq(Runtime* rt, JSObject* req) : ReqWrap(rt, req) {}
  static void AfterConnect(uv_connect_t* req, int status);
};

// The constructor of a plain request class (WriteWrap, ShutdownWrap,
// TCPConnectWrap, PipeConnectWrap): `new X()` gives an ordinary object whose
// prototype is X.prototype; lib/ stores oncomplete and friends on it.
template <const JSClass* kClass>
bool NewRequestObject(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor %s cannot be invoked without 'new'",
                       kClass->name);
    return false;
  }
  JSObject* obj = JS_NewObjectForConstructor(cx, kClass, args);
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

}  // namespace eddy::loop

#endif  // EDDY_LOOP_STREAM_WRAP_H_
