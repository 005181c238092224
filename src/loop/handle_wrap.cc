// eddy: HandleWrap implementation (see handle_wrap.h for the rules).
#include "loop/handle_wrap.h"

#include <vector>

#include "engine/class_wrap.h"
#include "loop/callback_scope.h"
#include "util/check.h"

namespace eddy::loop {

namespace {
std::vector<const JSClass*>& HandleClasses() {
  static std::vector<const JSClass*> classes;
  return classes;
}
}  // namespace

const JSFunctionSpec HandleWrap::kMethods[] = {
    JS_FN("close", HandleWrap::JSClose, 1, 0),
    JS_FN("ref", HandleWrap::JSRef, 0, 0),
    JS_FN("unref", HandleWrap::JSUnref, 0, 0),
    JS_FN("hasRef", HandleWrap::JSHasRef, 0, 0),
    JS_FS_END};

HandleWrap::HandleWrap(Runtime* rt, JSObject* object, uv_handle_t* handle)
    : rt_(rt), object_(object), close_cb_(JS::UndefinedValue()), handle_(handle) {
  handle_->data = this;
  SetNative(object, this);
  rt_->AddHandle(this);
}

HandleWrap::~HandleWrap() {
  EDDY_CHECK(state_ == kClosed);
}

void HandleWrap::RegisterClass(const JSClass* cls) {
  HandleClasses().push_back(cls);
}

HandleWrap* HandleWrap::FromThis(JSContext* cx, const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  JSObject* obj = &args.thisv().toObject();
  for (const JSClass* cls : HandleClasses()) {
    if (JS::GetClass(obj) == cls) return UnwrapObject<HandleWrap>(obj, cls);
  }
  return nullptr;
}

void HandleWrap::Trace(JSTracer* trc) {
  JS::TraceEdge(trc, &object_, "HandleWrap object");
  JS::TraceEdge(trc, &close_cb_, "HandleWrap close callback");
}

void HandleWrap::Close(JS::HandleValue close_cb) {
  if (state_ != kInitialized) return;
  BeforeClose();
  close_cb_ = close_cb;
  state_ = kClosing;
  uv_close(handle_, OnClose);
}

bool HandleWrap::BeginClose(JS::HandleValue close_cb) {
  if (state_ != kInitialized) return false;
  BeforeClose();
  close_cb_ = close_cb;
  state_ = kClosing;
  return true;
}

void HandleWrap::AbandonUninitialized() {
  state_ = kClosed;
  if (object_) SetNative(object_, nullptr);
  rt_->RemoveHandle(this);
}

void HandleWrap::CloseForTeardown() {
  if (state_ != kInitialized) return;
  BeforeClose();
  close_cb_ = JS::UndefinedValue();
  state_ = kClosing;
  uv_close(handle_, OnClose);
}

void HandleWrap::OnClose(uv_handle_t* handle) {
  HandleWrap* w = static_cast<HandleWrap*>(handle->data);
  Runtime* rt = w->rt_;
  w->state_ = kClosed;
  JSContext* cx = rt->cx();
  if (w->close_cb_.get().isObject() && rt->can_call_into_js()) {
    CallbackScope scope(rt);
    JS::RootedValue fn(cx, w->close_cb_);
    JS::RootedValue recv(cx, JS::ObjectValue(*w->object_));
    JS::RootedValue rv(cx);
    w->close_cb_ = JS::UndefinedValue();
    (void)rt->CallAndReport(recv, fn, JS::HandleValueArray::empty(), &rv);
  }
  if (w->object_) SetNative(w->object_, nullptr);
  rt->RemoveHandle(w);
  delete w;
}

namespace {
size_t g_finalized = 0;
}  // namespace

size_t HandleWrap::finalized_count() { return g_finalized; }

void HandleWrap::Finalize(JS::GCContext* gcx, JSObject* obj) {
  // An open handle is rooted, so a finalized wrapper never has a live native.
  void* p = JS::GetMaybePtrFromReservedSlot<void>(obj, kNativeSlot);
  EDDY_CHECK(p == nullptr);
  g_finalized++;
}

bool HandleWrap::JSClose(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  HandleWrap* w = FromThis(cx, args);
  if (w) w->Close(args.get(0));
  return true;
}

bool HandleWrap::JSRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  HandleWrap* w = FromThis(cx, args);
  if (w && w->state_ == kInitialized) uv_ref(w->handle_);
  return true;
}

bool HandleWrap::JSUnref(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  HandleWrap* w = FromThis(cx, args);
  if (w && w->state_ == kInitialized) uv_unref(w->handle_);
  return true;
}

bool HandleWrap::JSHasRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HandleWrap* w = FromThis(cx, args);
  args.rval().setBoolean(w && w->state_ == kInitialized &&
                         uv_has_ref(w->handle_));
  return true;
}

}  // namespace eddy::loop
