// eddy: the watcher handles of the `fs` binding: FSEvent (node's
// fs_event_wrap, inotify through uv_fs_event_t) behind fs.watch, and
// StatWatcher (node's node_stat_watcher, uv_fs_poll_t) behind fs.watchFile.
// Both are HandleWraps: open handles are rooted, close() is idempotent and
// the uv close callback frees them.
//
// FSEvent: start(path, persistent, recursive, encoding) -> 0 | errno;
//   onchange(status, eventType, filename), eventType 'rename' or 'change',
//   filename a string (UTF-8) or an ArrayBuffer (other encodings), or
//   undefined when the kernel gave none; `initialized` tells whether it
//   started.
// StatWatcher(bigint): start(path, persistent, interval) -> 0 | errno;
//   onchange(status, stats) with stats the current then the previous stat
//   arrays (36 entries, the layout of fs.cc's stat results).
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <uv.h>

#include <string>

#include "bindings/fs/fs_req.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"

namespace eddy::bindings::fs {

namespace {

// Calls obj.onchange(args...) through a CallbackScope.
void CallOnChange(Runtime* rt, JSObject* object, const JS::HandleValueArray& args) {
  JSContext* cx = rt->cx();
  JS::RootedObject obj(cx, object);
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "onchange", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  if (!fn.isObject()) return;
  JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}

// --- FSEvent -------------------------------------------------------------------

class FsEventWrap final : public loop::HandleWrap {
 public:
  FsEventWrap(Runtime* rt, JSObject* obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&event_)) {
    uv_fs_event_init(rt->loop(), &event_);
  }

  uv_fs_event_t event_;
  bool started_ = false;
  bool utf8_ = true;

  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status);
};

const JSClassOps kFsEventOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                nullptr, loop::HandleWrap::Finalize, nullptr,
                                nullptr, nullptr};
const JSClass kFsEventClass = {
    "FSEvent", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kFsEventOps};

void FsEventWrap::OnEvent(uv_fs_event_t* handle, const char* filename, int events,
                          int status) {
  auto* w = static_cast<FsEventWrap*>(handle->data);
  Runtime* rt = w->runtime();
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedValueArray<3> args(cx);
  args[0].setInt32(status);
  const char* type = (events & UV_RENAME) ? "rename" : (events & UV_CHANGE) ? "change" : nullptr;
  if (type) {
    JSString* s = JS_NewStringCopyZ(cx, type);
    if (!s) {
      rt->HandleUncaughtException();
      return;
    }
    args[1].setString(s);
  }
  if (filename && !BytesToValue(cx, filename, strlen(filename), w->utf8_, args[2])) {
    rt->HandleUncaughtException();
    return;
  }
  CallOnChange(rt, w->object(), args);
}

FsEventWrap* UnwrapFsEvent(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<FsEventWrap>(&args.thisv().toObject(), &kFsEventClass);
  return w && w->state() == loop::HandleWrap::kInitialized ? w : nullptr;
}

bool NewFsEvent(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor FSEvent cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kFsEventClass, args));
  if (!obj) return false;
  new FsEventWrap(Runtime::From(cx), obj);
  args.rval().setObject(*obj);
  return true;
}

// start(path, persistent, recursive, encoding)
bool FsEventStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  FsEventWrap* w = UnwrapFsEvent(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  if (w->started_) {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  bool persistent = JS::ToBoolean(args.get(1));
  unsigned flags = JS::ToBoolean(args.get(2)) ? UV_FS_EVENT_RECURSIVE : 0;
  if (!WantsUtf8(cx, args.get(3), &w->utf8_)) return false;
  int err = uv_fs_event_start(&w->event_, FsEventWrap::OnEvent, path.c_str(), flags);
  if (err == 0) {
    w->started_ = true;
    if (!persistent) uv_unref(w->handle());
  }
  args.rval().setInt32(err);
  return true;
}

bool FsEventInitialized(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  FsEventWrap* w = UnwrapFsEvent(args);
  args.rval().setBoolean(w && w->started_);
  return true;
}

const JSPropertySpec kFsEventProps[] = {
    JS_PSG("initialized", FsEventInitialized, JSPROP_ENUMERATE), JS_PS_END};

const JSFunctionSpec kFsEventMethods[] = {
    JS_FN("start", FsEventStart, 4, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0),
    JS_FS_END};

// --- StatWatcher -----------------------------------------------------------------

class StatWatcherWrap final : public loop::HandleWrap {
 public:
  StatWatcherWrap(Runtime* rt, JSObject* obj, bool bigint)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&poll_)), bigint_(bigint) {
    uv_fs_poll_init(rt->loop(), &poll_);
  }

  uv_fs_poll_t poll_;
  bool bigint_;

  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr);
};

const JSClassOps kStatWatcherOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                    nullptr, loop::HandleWrap::Finalize, nullptr,
                                    nullptr, nullptr};
const JSClass kStatWatcherClass = {
    "StatWatcher", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kStatWatcherOps};

void StatWatcherWrap::OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                               const uv_stat_t* curr) {
  auto* w = static_cast<StatWatcherWrap*>(handle->data);
  Runtime* rt = w->runtime();
  if (!rt->can_call_into_js()) return;
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  int64_t values[2 * kStatFields];
  FillStat(curr, values);
  FillStat(prev, values + kStatFields);
  JS::RootedObject arr(cx, w->bigint_ ? JS_NewBigInt64Array(cx, 2 * kStatFields)
                                      : JS_NewFloat64Array(cx, 2 * kStatFields));
  if (!arr) {
    rt->HandleUncaughtException();
    return;
  }
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    if (w->bigint_) {
      int64_t* data = JS_GetBigInt64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < 2 * kStatFields; i++) data[i] = values[i];
    } else {
      double* data = JS_GetFloat64ArrayData(arr, &shared, nogc);
      for (int i = 0; i < 2 * kStatFields; i++) data[i] = static_cast<double>(values[i]);
    }
  }
  JS::RootedValueArray<2> args(cx);
  args[0].setInt32(status);
  args[1].setObject(*arr);
  CallOnChange(rt, w->object(), args);
}

StatWatcherWrap* UnwrapStatWatcher(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<StatWatcherWrap>(&args.thisv().toObject(), &kStatWatcherClass);
  return w && w->state() == loop::HandleWrap::kInitialized ? w : nullptr;
}

bool NewStatWatcher(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    JS_ReportErrorUTF8(cx, "Class constructor StatWatcher cannot be invoked without 'new'");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kStatWatcherClass, args));
  if (!obj) return false;
  new StatWatcherWrap(Runtime::From(cx), obj, JS::ToBoolean(args.get(0)));
  args.rval().setObject(*obj);
  return true;
}

// start(path, persistent, interval)
bool StatWatcherStart(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  StatWatcherWrap* w = UnwrapStatWatcher(args);
  if (!w) {
    args.rval().setInt32(UV_EBADF);
    return true;
  }
  if (uv_is_active(w->handle())) {
    args.rval().setInt32(0);
    return true;
  }
  std::string path;
  if (!PathArg(cx, args.get(0), &path)) return false;
  bool persistent = JS::ToBoolean(args.get(1));
  int64_t interval = IntArg(args.get(2), 5007);
  if (interval < 1) interval = 1;
  if (interval > UINT32_MAX) interval = UINT32_MAX;
  int err = uv_fs_poll_start(&w->poll_, StatWatcherWrap::OnChange, path.c_str(),
                             static_cast<unsigned>(interval));
  if (err == 0 && !persistent) uv_unref(w->handle());
  args.rval().setInt32(err);
  return true;
}

const JSFunctionSpec kStatWatcherMethods[] = {
    JS_FN("start", StatWatcherStart, 3, 0),
    JS_FN("close", loop::HandleWrap::JSClose, 1, 0),
    JS_FN("ref", loop::HandleWrap::JSRef, 0, 0),
    JS_FN("unref", loop::HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", loop::HandleWrap::JSHasRef, 0, 0),
    JS_FS_END};

}  // namespace

bool InitFsWatch(JSContext* cx, JS::HandleObject target) {
  static bool registered = false;
  if (!registered) {
    loop::HandleWrap::RegisterClass(&kFsEventClass);
    loop::HandleWrap::RegisterClass(&kStatWatcherClass);
    registered = true;
  }
  return JS_InitClass(cx, target, nullptr, &kFsEventClass, NewFsEvent, 0, kFsEventProps,
                      kFsEventMethods, nullptr, nullptr) &&
         JS_InitClass(cx, target, nullptr, &kStatWatcherClass, NewStatWatcher, 1, nullptr,
                      kStatWatcherMethods, nullptr, nullptr);
}

}  // namespace eddy::bindings::fs
