// eddy: the `fs` binding (node's src/node_file.cc), the synchronous core that
// module loading and stdio need now: read a file as UTF-8, stat for the
// module resolver, realpath, and a blocking write used by the stdio streams
// when they are files (and, until tty/pipe handles land, for TTYs and pipes).
// Failures return a negative libuv errno; lib/ builds Node's exception.
#include <errno.h>
#include <fcntl.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

bool ReadFileUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    args.rval().setInt32(uv_translate_sys_error(errno));
    return true;
  }
  std::string data;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    args.rval().setInt32(UV_EISDIR);
    return true;
  }
  if (fstat(fd, &st) == 0 && st.st_size > 0) data.reserve(st.st_size);
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = uv_translate_sys_error(errno);
      close(fd);
      args.rval().setInt32(err);
      return true;
    }
    if (n == 0) break;
    data.append(buf, n);
  }
  close(fd);
  JSString* s = NewStringUtf8(cx, data);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// internalModuleStat(path): 0 file, 1 directory, negative errno otherwise.
bool InternalModuleStat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    args.rval().setInt32(uv_translate_sys_error(errno));
  } else {
    args.rval().setInt32(S_ISDIR(st.st_mode) ? 1 : 0);
  }
  return true;
}

bool RealPath(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  char buf[PATH_MAX];
  if (!realpath(path.c_str(), buf)) {
    args.rval().setInt32(uv_translate_sys_error(errno));
    return true;
  }
  JSString* s = NewStringUtf8(cx, buf);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

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

// writeBuffer(fd, view): like writeString for an ArrayBufferView. The bytes
// are copied out first: a small typed array's data can move during GC.
bool WriteBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
  if (!args.get(1).isObject()) return false;
  JSObject* view = js::UnwrapArrayBufferView(&args[1].toObject());
  if (!view) return false;
  std::string data;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    size_t len = JS_GetArrayBufferViewByteLength(view);
    const void* p = JS_GetArrayBufferViewData(view, &shared, nogc);
    data.assign(reinterpret_cast<const char*>(p), len);
  }
  size_t written = 0;
  int err = WriteAll(fd, data.data(), data.size(), &written);
  if (err) args.rval().setInt32(err);
  else args.rval().setNumber(static_cast<double>(written));
  return true;
}

// writeString(fd, string): writes all of it, waiting on a non-blocking fd.
// Returns bytes written or a negative errno.
bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
  std::string data;
  if (!ToUtf8(cx, args.get(1), &data)) return false;
  size_t written = 0;
  int err = WriteAll(fd, data.data(), data.size(), &written);
  if (err) args.rval().setInt32(err);
  else args.rval().setNumber(static_cast<double>(written));
  return true;
}

// guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN'.
bool GuessHandleType(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int fd = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : -1;
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

const JSFunctionSpec kMethods[] = {
    JS_FN("readFileUtf8", ReadFileUtf8, 1, 0),
    JS_FN("internalModuleStat", InternalModuleStat, 1, 0),
    JS_FN("realpath", RealPath, 1, 0),
    JS_FN("writeString", WriteString, 2, 0),
    JS_FN("writeBuffer", WriteBuffer, 2, 0),
    JS_FN("guessHandleType", GuessHandleType, 1, 0), JS_FS_END};

}  // namespace

bool InitFs(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
