// eddy: the byte-moving part of the `fs` binding: read and write into and
// from ArrayBufferViews (one or many), strings written as UTF-8, whole-file
// readFile and writeFile in one call, and the blocking writers stdio uses.
//
// Synchronous calls read and write the view's bytes in place, inside a
// JS::AutoCheckCannotGC scope that spans the system call (nothing can run
// GC meanwhile). Calls on the thread pool go through a private copy (see
// fs_req.h).
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/Utility.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <mozilla/Span.h>
#include <mozilla/Utf8.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "bindings/fs/fs_req.h"
#include "engine/convert.h"

namespace eddy::bindings::fs {

namespace {

// Node's kIoMaxLength: the largest file readFile returns (2 GiB - 1).
constexpr size_t kIoMaxLength = 2147483647;
// The longest string node can make (0x1fffffe8): larger UTF-8 results go
// back as bytes so lib/ reports node's ERR_STRING_TOO_LONG.
constexpr size_t kStringMaxLength = 0x1fffffe8;

// The view behind a value, or null.
JSObject* ViewArg(const JS::Value& v) {
  return v.isObject() ? js::UnwrapArrayBufferView(&v.toObject()) : nullptr;
}

// Clamps [offset, offset + length) to a view of `size` bytes.
void ClampRange(size_t size, int64_t* offset, int64_t* length) {
  if (*offset < 0) *offset = 0;
  if (static_cast<uint64_t>(*offset) > size) *offset = static_cast<int64_t>(size);
  if (*length < 0) *length = 0;
  *length = std::min<int64_t>(*length, static_cast<int64_t>(size) - *offset);
}

// --- the blocking writers of stdio ---------------------------------------------------

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

void SetWriteResult(JS::CallArgs& args, int err, size_t written) {
  if (err) args.rval().setInt32(err);
  else args.rval().setNumber(static_cast<double>(written));
}

// --- read ------------------------------------------------------------------------------

// read(fd, buffer, offset, length, position, req) -> bytes read.
// position -1 reads at the current file position.
bool Read(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  JS::RootedObject view(cx, ViewArg(args.get(1)));
  if (!view) return ThrowTypeError(cx, "read: buffer must be an ArrayBufferView");
  int64_t offset = IntArg(args.get(2), 0);
  int64_t length = IntArg(args.get(3), 0);
  int64_t position = IntArg(args.get(4), -1);
  ClampRange(JS_GetArrayBufferViewByteLength(view), &offset, &length);

  if (!args.get(5).isObject()) {
    uv_fs_t req;
    int err;
    {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      auto* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      uv_buf_t buf = uv_buf_init(p ? p + offset : nullptr, static_cast<unsigned>(length));
      err = uv_fs_read(nullptr, &req, fd, &buf, 1, position, nullptr);
    }
    uv_fs_req_cleanup(&req);
    args.rval().setNumber(static_cast<double>(err));
    return true;
  }
  return DispatchWith(
      cx, args, 5, FsResult{ResultNumber},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        auto* r = static_cast<FsReq*>(FsReq::From(req));
        uv_buf_t buf = uv_buf_init(r->bounce(), static_cast<unsigned>(length));
        return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
      },
      [&](FsReq* r) {
        if (!r->AllocBounce(length)) {
          JS_ReportOutOfMemory(cx);
          return false;
        }
        r->SetTarget(cx, view, offset, false);
        return true;
      });
}

// An ArrayBuffer adopting the first `n` bytes of `data` (js_malloc'd, with
// room for `cap`); a short read gives back the memory it does not use.
JSObject* AdoptChunk(JSContext* cx, char* data, size_t n, size_t cap) {
  if (n == 0) {
    js_free(data);
    return JS::NewArrayBuffer(cx, 0);
  }
  if (n < cap / 2) {
    if (void* p = js_realloc(data, n)) data = static_cast<char*>(p);
  }
  JSObject* ab = JS::NewArrayBufferWithContents(cx, n, data);
  if (!ab) js_free(data);
  return ab;
}

// The bytes a readChunks call read, `n` in all, as an array of
// ArrayBuffers adopting the blocks in `blocks` (`size` bytes each) in order;
// the blocks used are taken out of the vector.
bool ChunksToArray(JSContext* cx, std::vector<char*>* blocks, size_t size, size_t n,
                   JS::MutableHandleValue out) {
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedValue v(cx);
  uint32_t i = 0;
  for (size_t off = 0; off < n && i < blocks->size(); off += size, i++) {
    size_t len = std::min(size, n - off);
    char* data = (*blocks)[i];
    (*blocks)[i] = nullptr;
    JSObject* ab = AdoptChunk(cx, data, len, size);
    if (!ab) return false;
    v.setObject(*ab);
    if (!JS_SetElement(cx, arr, i, v)) return false;
  }
  out.setObject(*arr);
  return true;
}

bool ResultChunks(JSContext* cx, uv_fs_t* req, const FsResult& how,
                  JS::HandleObject target, JS::MutableHandleValue out) {
  auto* r = static_cast<FsReq*>(FsReq::From(req));
  size_t n = req->result > 0 ? static_cast<size_t>(req->result) : 0;
  return ChunksToArray(cx, &r->js_buffers(), r->js_buffer_size(), n, out);
}

// readChunks(fd, size, total, position, req) -> [ArrayBuffer...]: reads up
// to `total` bytes with one readv into blocks of `size` bytes, each of
// which becomes an ArrayBuffer of the bytes it got (an empty array at end
// of file). fs.ReadStream's reader: the bytes land in memory the
// ArrayBuffers adopt, with no bounce copy and no buffer made in JS ahead of
// the read, and a stream may take several chunks per thread-pool round
// trip. position -1 reads at the current file position.
bool ReadChunks(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  int64_t size = IntArg(args.get(1), 0);
  int64_t total = IntArg(args.get(2), 0);
  int64_t position = IntArg(args.get(3), -1);
  if (size < 1) size = 1;
  if (size > static_cast<int64_t>(kIoMaxLength)) size = kIoMaxLength;
  if (total < 0) total = 0;
  if (total > static_cast<int64_t>(kIoMaxLength)) total = kIoMaxLength;
  // At most 64 blocks in one call.
  if (total > size * 64) total = size * 64;
  size_t bsize = static_cast<size_t>(size);
  size_t btotal = static_cast<size_t>(total);
  auto make_bufs = [&](std::vector<char*>& blocks, std::vector<uv_buf_t>* bufs) {
    size_t left = btotal;
    for (char* p : blocks) {
      size_t n = std::min(bsize, left);
      bufs->push_back(uv_buf_init(p, static_cast<unsigned>(n)));
      left -= n;
    }
  };
  if (!args.get(4).isObject()) {
    return ThrowTypeError(cx, "readChunks: only asynchronous calls are supported");
  }
  return DispatchWith(
      cx, args, 4, FsResult{ResultChunks},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        auto* r = static_cast<FsReq*>(FsReq::From(req));
        std::vector<uv_buf_t> bufs;
        make_bufs(r->js_buffers(), &bufs);
        return uv_fs_read(loop, req, fd, bufs.data(), static_cast<unsigned>(bufs.size()),
                          position, cb);
      },
      [&](FsReq* r) {
        if (!r->AllocJsBuffers(bsize, btotal)) {
          JS_ReportOutOfMemory(cx);
          return false;
        }
        return true;
      });
}

// Collects the views of a JS array (non-views count as empty).
[[nodiscard]] bool ViewList(JSContext* cx, JS::HandleValue list,
                            JS::MutableHandleObject array, uint32_t* count) {
  if (!list.isObject()) {
    *count = 0;
    return true;
  }
  array.set(&list.toObject());
  return JS::GetArrayLength(cx, array, count);
}

// Fills `bufs` with the views' current data pointers; only valid inside the
// caller's no-GC scope.
void GatherBufs(const std::vector<JSObject*>& views, std::vector<uv_buf_t>* bufs,
                const JS::AutoCheckCannotGC& nogc) {
  bufs->clear();
  for (JSObject* view : views) {
    bool shared;
    auto* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    size_t n = JS_GetArrayBufferViewByteLength(view);
    bufs->push_back(uv_buf_init(p, static_cast<unsigned>(std::min<size_t>(n, UINT32_MAX))));
  }
}

// The views of `array` in a rooted vector.
[[nodiscard]] bool CollectViews(JSContext* cx, JS::HandleObject array, uint32_t count,
                                JS::MutableHandle<JS::StackGCVector<JSObject*>> out) {
  JS::RootedValue item(cx);
  for (uint32_t i = 0; i < count; i++) {
    if (!JS_GetElement(cx, array, i, &item)) return false;
    JSObject* view = ViewArg(item);
    if (view && !out.append(view)) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
  }
  return true;
}

// readBuffers(fd, buffers, position, req) -> total bytes read, filling the
// views in order.

// The most buffers one readv(2) takes; libuv's limit for a read request.
size_t MaxIovecs() {
#if defined(IOV_MAX)
  return IOV_MAX;
#else
  long n = sysconf(_SC_IOV_MAX);  // NOLINT(runtime/int)
  return n > 0 ? static_cast<size_t>(n) : 1024;
#endif
}

// readv/writev run synchronously: the views' bytes are used in place, which
// is safe because nothing can GC until the call returns.
int SyncVectored(int fd, JS::Handle<JS::StackGCVector<JSObject*>> views,
                 int64_t position, bool write) {
  uv_fs_t req;
  int err;
  {
    JS::AutoCheckCannotGC nogc;
    std::vector<JSObject*> list(views.begin(), views.end());
    std::vector<uv_buf_t> bufs;
    GatherBufs(list, &bufs, nogc);
    err = write ? uv_fs_write(nullptr, &req, fd, bufs.data(), bufs.size(), position, nullptr)
                : uv_fs_read(nullptr, &req, fd, bufs.data(), bufs.size(), position, nullptr);
  }
  uv_fs_req_cleanup(&req);
  return err;
}

bool ReadBuffers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  JS::RootedObject array(cx);
  uint32_t count;
  if (!ViewList(cx, args.get(1), &array, &count)) return false;
  int64_t position = IntArg(args.get(2), -1);
  JS::Rooted<JS::StackGCVector<JSObject*>> views(cx, JS::StackGCVector<JSObject*>(cx));
  if (array && !CollectViews(cx, array, count, &views)) return false;
  if (views.empty()) {
    // readv(2) with no buffers: EINVAL, as libuv says for a sync call.
    args.rval().setInt32(UV_EINVAL);
    return true;
  }

  if (!args.get(3).isObject()) {
    args.rval().setNumber(static_cast<double>(SyncVectored(fd, views, position, false)));
    return true;
  }
  // libuv reads into at most IOV_MAX buffers per request and ignores the
  // rest (the sync path above gets that from uv_fs_read itself).
  const size_t used = std::min<size_t>(views.length(), MaxIovecs());
  size_t total = 0;
  for (size_t i = 0; i < used; i++) total += JS_GetArrayBufferViewByteLength(views[i]);
  total = std::min<size_t>(total, UINT32_MAX);
  // The views go into a new array the request keeps alive: the caller may
  // change its own array meanwhile.
  JS::RootedObject keep(cx, JS::NewArrayObject(cx, used));
  if (!keep) return false;
  for (size_t i = 0; i < used; i++) {
    JS::RootedValue v(cx, JS::ObjectValue(*views[i]));
    if (!JS_SetElement(cx, keep, static_cast<uint32_t>(i), v)) return false;
  }
  return DispatchWith(
      cx, args, 3, FsResult{ResultNumber},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        auto* r = static_cast<FsReq*>(FsReq::From(req));
        uv_buf_t buf = uv_buf_init(r->bounce(), static_cast<unsigned>(total));
        return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
      },
      [&](FsReq* r) {
        if (!r->AllocBounce(total)) {
          JS_ReportOutOfMemory(cx);
          return false;
        }
        r->SetTarget(cx, keep, 0, true);
        return true;
      });
}

// --- write ------------------------------------------------------------------------------

// Starts a thread-pool write of `len` bytes the prepare step copies into the
// request's bounce buffer.
template <typename Fill>
bool WriteAsync(JSContext* cx, JS::CallArgs& args, unsigned req_index, int fd,
                size_t len, int64_t position, Fill fill) {
  return DispatchWith(
      cx, args, req_index, FsResult{ResultNumber},
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        auto* r = static_cast<FsReq*>(FsReq::From(req));
        uv_buf_t buf = uv_buf_init(r->bounce(), static_cast<unsigned>(len));
        return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
      },
      [&](FsReq* r) {
        char* dst = r->AllocBounce(len);
        if (!dst) {
          JS_ReportOutOfMemory(cx);
          return false;
        }
        fill(dst);
        return true;
      });
}

// writeBuffer(fd, buffer, offset, length, position, req) -> bytes written.
// With only (fd, buffer), the stdio writer: all of it, blocking, waiting on a
// non-blocking descriptor.
bool WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  JS::RootedObject view(cx, ViewArg(args.get(1)));
  if (!view) return ThrowTypeError(cx, "write: buffer must be an ArrayBufferView");
  size_t size = JS_GetArrayBufferViewByteLength(view);
  if (argc <= 2) {
    std::string data;
    {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      const void* p = JS_GetArrayBufferViewData(view, &shared, nogc);
      if (p) data.assign(static_cast<const char*>(p), size);
    }
    size_t written = 0;
    int err = WriteAll(fd, data.data(), data.size(), &written);
    SetWriteResult(args, err, written);
    return true;
  }
  int64_t offset = IntArg(args.get(2), 0);
  int64_t length = IntArg(args.get(3), static_cast<int64_t>(size));
  int64_t position = IntArg(args.get(4), -1);
  ClampRange(size, &offset, &length);
  if (!args.get(5).isObject()) {
    uv_fs_t req;
    int err;
    {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      auto* p = static_cast<char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      uv_buf_t buf = uv_buf_init(p ? p + offset : nullptr, static_cast<unsigned>(length));
      err = uv_fs_write(nullptr, &req, fd, &buf, 1, position, nullptr);
    }
    uv_fs_req_cleanup(&req);
    args.rval().setNumber(static_cast<double>(err));
    return true;
  }
  return WriteAsync(cx, args, 5, fd, static_cast<size_t>(length), position, [&](char* dst) {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* p = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    if (p) memcpy(dst, p + offset, static_cast<size_t>(length));
  });
}

// writeBuffers(fd, buffers, position, req) -> bytes written.
bool WriteBuffers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  JS::RootedObject array(cx);
  uint32_t count;
  if (!ViewList(cx, args.get(1), &array, &count)) return false;
  int64_t position = IntArg(args.get(2), -1);
  JS::Rooted<JS::StackGCVector<JSObject*>> views(cx, JS::StackGCVector<JSObject*>(cx));
  if (array && !CollectViews(cx, array, count, &views)) return false;
  if (!args.get(3).isObject()) {
    args.rval().setNumber(static_cast<double>(SyncVectored(fd, views, position, true)));
    return true;
  }
  size_t total = 0;
  for (JSObject* v : views) total += JS_GetArrayBufferViewByteLength(v);
  total = std::min<size_t>(total, UINT32_MAX);
  return WriteAsync(cx, args, 3, fd, total, position, [&](char* dst) {
    JS::AutoCheckCannotGC nogc;
    size_t off = 0;
    for (JSObject* view : views) {
      bool shared;
      auto* p = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      size_t n = std::min(JS_GetArrayBufferViewByteLength(view), total - off);
      if (p && n) memcpy(dst + off, p, n);
      off += n;
    }
  });
}

// writeString(fd, string, position, encoding, req) -> bytes written; the
// string is written as UTF-8 (lib/ turns other encodings into a Buffer).
// With only (fd, string), the stdio writer (see writeBuffer).
bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = static_cast<int>(IntArg(args.get(0), -1));
  std::string data;
  if (!ToUtf8(cx, args.get(1), &data)) return false;
  if (argc <= 2) {
    size_t written = 0;
    int err = WriteAll(fd, data.data(), data.size(), &written);
    SetWriteResult(args, err, written);
    return true;
  }
  int64_t position = IntArg(args.get(2), -1);
  if (!args.get(4).isObject()) {
    uv_fs_t req;
    uv_buf_t buf = uv_buf_init(data.data(), static_cast<unsigned>(data.size()));
    int err = uv_fs_write(nullptr, &req, fd, &buf, 1, position, nullptr);
    uv_fs_req_cleanup(&req);
    args.rval().setNumber(static_cast<double>(err));
    return true;
  }
  return WriteAsync(cx, args, 4, fd, data.size(), position,
                    [&](char* dst) { memcpy(dst, data.data(), data.size()); });
}

// --- whole files -----------------------------------------------------------------------

int Errno() { return uv_translate_sys_error(errno); }

// Opens `path`, or uses `fd` when one was given (the caller's descriptor,
// which stays open); the caller closes only what this opened.
int OpenFor(const std::string& path, int fd, bool use_fd, int flags, int mode, bool* opened) {
  *opened = false;
  if (use_fd) return fd;
  int r;
  do {
    r = open(path.c_str(), flags | O_CLOEXEC, mode);
  } while (r < 0 && errno == EINTR);
  if (r >= 0) *opened = true;
  return r;
}

// The largest readFile result copied to a loop-thread allocation (see
// ReadFileJob::Finish).
constexpr size_t kCopyResultMax = 64 * 1024;

// readFile(pathOrFd, flags, encoding, req): the whole file, from the current
// position for a descriptor. A string for valid UTF-8 text, else an
// ArrayBuffer; a number (the size) when the file is larger than node allows.
class ReadFileJob final : public Job {
 public:
  std::string path;
  int fd = -1;
  bool use_fd = false;
  int flags = O_RDONLY;
  bool utf8 = false;
  bool bytes_if_invalid = true;

  ~ReadFileJob() override { js_free(data_); }

  void Run() override {
    pooled_ = !pthread_equal(pthread_self(), creator_);
    bool opened;
    int f = OpenFor(path, fd, use_fd, flags, 0666, &opened);
    if (!use_fd && f < 0) {
      Fail(Errno(), "open");
      return;
    }
    ReadAll(f);
    if (opened && close(f) != 0 && err == 0) Fail(Errno(), "close");
    // Classify text here, on the thread pool, so the loop thread only
    // copies it into a string.
    if (utf8 && err == 0 && !too_large_ && size_ <= kStringMaxLength) {
      ascii_ = IsAscii(data_, size_);
      valid_utf8_ = ascii_ || mozilla::IsUtf8(mozilla::Span<const char>(data_, size_));
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    if (too_large_) {
      out.setNumber(static_cast<double>(too_large_));
      return true;
    }
    // Text that is not valid UTF-8 goes back as bytes when lib/ can decode
    // it: Buffer's decoder replaces bad sequences exactly as node does.
    if (utf8 && size_ <= kStringMaxLength && (!bytes_if_invalid || valid_utf8_)) {
      JSString* s = ascii_ ? JS_NewStringCopyN(cx, data_ ? data_ : "", size_)
                           : NewStringUtf8(cx, std::string_view(data_ ? data_ : "", size_));
      if (!s) return false;
      out.setString(s);
      return true;
    }
    JSObject* ab;
    if (size_ == 0) {
      ab = JS::NewArrayBuffer(cx, 0);
    } else if (pooled_ && size_ <= kCopyResultMax) {
      // A small result moves to memory allocated here, on the loop thread,
      // and the thread pool's block is freed now: blocks a pool thread
      // allocated and the GC frees much later keep growing that thread's
      // malloc arena (an mprotect and fresh zeroed pages per file).
      char* copy = static_cast<char*>(js_malloc(size_));
      if (!copy) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      memcpy(copy, data_, size_);
      js_free(data_);
      data_ = nullptr;
      ab = JS::NewArrayBufferWithContents(cx, size_, copy);
      if (!ab) js_free(copy);
    } else {
      ab = JS::NewArrayBufferWithContents(cx, size_, data_);
      if (ab) data_ = nullptr;  // the ArrayBuffer owns it now
    }
    if (!ab) return false;
    out.setObject(*ab);
    return true;
  }

 private:
  void Fail(int e, const char* call) {
    err = e;
    syscall = call;
  }

  bool Grow(size_t want) {
    if (want <= capacity_) return true;
    void* p = js_realloc(data_, want);
    if (!p) {
      Fail(UV_ENOMEM, "read");
      return false;
    }
    data_ = static_cast<char*>(p);
    capacity_ = want;
    return true;
  }

  void ReadAll(int f) {
    struct stat st;
    if (fstat(f, &st) != 0) {
      Fail(Errno(), "fstat");
      return;
    }
    // A regular file is read up to the size fstat gave; anything else (pipes,
    // /proc files reporting 0) until end of file.
    bool sized = S_ISREG(st.st_mode) && st.st_size > 0;
    if (sized && static_cast<uint64_t>(st.st_size) > kIoMaxLength) {
      too_large_ = static_cast<uint64_t>(st.st_size);
      return;
    }
    size_t limit = sized ? static_cast<size_t>(st.st_size) : kIoMaxLength;
    if (!Grow(sized ? limit : 64 * 1024)) return;
    while (size_ < limit) {
      if (size_ == capacity_ && !Grow(std::min(capacity_ * 2, limit))) return;
      ssize_t n = read(f, data_ + size_, std::min(capacity_, limit) - size_);
      if (n < 0) {
        if (errno == EINTR) continue;
        Fail(Errno(), "read");
        return;
      }
      if (n == 0) return;
      size_ += static_cast<size_t>(n);
    }
    if (!sized) {
      // Still more after 2 GiB: node gives up the same way.
      char probe;
      ssize_t n;
      do {
        n = read(f, &probe, 1);
      } while (n < 0 && errno == EINTR);
      if (n > 0) too_large_ = limit + 1;
    }
  }

  // True when all `n` bytes at `p` are below 0x80 (eight at a time).
  static bool IsAscii(const char* p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) return false;
    }
    for (; i < n; i++) {
      if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
    }
    return true;
  }

  char* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
  uint64_t too_large_ = 0;
  // Made on the loop thread; Run says whether it ran on another one.
  pthread_t creator_ = pthread_self();
  bool pooled_ = false;
  bool ascii_ = false;
  bool valid_utf8_ = false;
};

bool ReadFile(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto job = std::make_unique<ReadFileJob>();
  if (args.get(0).isNumber()) {
    job->fd = static_cast<int>(IntArg(args[0], -1));
    job->use_fd = true;
  } else if (!PathArg(cx, args.get(0), &job->path)) {
    return false;
  }
  job->flags = static_cast<int>(IntArg(args.get(1), O_RDONLY));
  if (!WantsUtf8(cx, args.get(2), &job->utf8)) return false;
  return DispatchJob(cx, args, 3, std::move(job), /*batched=*/true);
}

// readFileUtf8(path): the module loader's reader; a string or a negative
// errno.
bool ReadFileUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ReadFileJob job;
  if (!PathArg(cx, args.get(0), &job.path)) return false;
  job.utf8 = true;
  job.bytes_if_invalid = false;
  job.Run();
  if (job.err < 0) {
    args.rval().setInt32(job.err);
    return true;
  }
  return job.Finish(cx, args.rval());
}

// writeFile(pathOrFd, data, flags, mode, flush, req): writes all of `data` (a
// view, or a string as UTF-8) to a file it opens (and closes), or at the
// current position of a descriptor; `flush` fsyncs before closing.
class WriteFileJob final : public Job {
 public:
  std::string path;
  int fd = -1;
  bool use_fd = false;
  int flags = O_WRONLY | O_CREAT | O_TRUNC;
  int mode = 0666;
  bool flush = false;
  std::string owned;
  const char* data = nullptr;
  size_t size = 0;

  void Run() override {
    bool opened;
    int f = OpenFor(path, fd, use_fd, flags, mode, &opened);
    if (!use_fd && f < 0) {
      err = Errno();
      syscall = "open";
      return;
    }
    size_t off = 0;
    while (off < size) {
      ssize_t n = write(f, data + off, size - off);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = Errno();
        syscall = "write";
        break;
      }
      off += static_cast<size_t>(n);
    }
    if (flush && err == 0 && fsync(f) != 0) {
      err = Errno();
      syscall = "fsync";
    }
    if (opened && close(f) != 0 && err == 0) {
      err = Errno();
      syscall = "close";
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    out.setUndefined();
    return true;
  }
};

bool WriteFile(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  auto job = std::make_unique<WriteFileJob>();
  if (args.get(0).isNumber()) {
    job->fd = static_cast<int>(IntArg(args[0], -1));
    job->use_fd = true;
  } else if (!PathArg(cx, args.get(0), &job->path)) {
    return false;
  }
  job->flags = static_cast<int>(IntArg(args.get(2), job->flags));
  job->mode = static_cast<int>(IntArg(args.get(3), job->mode));
  job->flush = JS::ToBoolean(args.get(4));
  JS::RootedObject view(cx, ViewArg(args.get(1)));
  bool sync = !args.get(5).isObject();
  if (!view) {
    if (!ToUtf8(cx, args.get(1), &job->owned)) return false;
    job->data = job->owned.data();
    job->size = job->owned.size();
    return DispatchJob(cx, args, 5, std::move(job), /*batched=*/true);
  }
  if (sync) {
    // Straight from the view: nothing can collect it during the call.
    {
      JS::AutoCheckCannotGC nogc;
      bool shared;
      job->data = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
      job->size = job->data ? JS_GetArrayBufferViewByteLength(view) : 0;
      job->Run();
      job->data = nullptr;
    }
    if (job->err < 0) return JobFailureArray(cx, *job, args.rval());
    args.rval().setUndefined();
    return true;
  }
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    const char* p = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    if (p) job->owned.assign(p, JS_GetArrayBufferViewByteLength(view));
  }
  job->data = job->owned.data();
  job->size = job->owned.size();
  return DispatchJob(cx, args, 5, std::move(job), /*batched=*/true);
}

const JSFunctionSpec kMethods[] = {
    JS_FN("read", Read, 6, 0),
    JS_FN("readChunks", ReadChunks, 5, 0),
    JS_FN("readBuffers", ReadBuffers, 4, 0),
    JS_FN("writeBuffer", WriteBuffer, 6, 0),
    JS_FN("writeBuffers", WriteBuffers, 4, 0),
    JS_FN("writeString", WriteString, 5, 0),
    JS_FN("readFile", ReadFile, 4, 0),
    JS_FN("readFileUtf8", ReadFileUtf8, 1, 0),
    JS_FN("writeFile", WriteFile, 6, 0),
    JS_FS_END};

}  // namespace

bool InitFsIo(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings::fs
