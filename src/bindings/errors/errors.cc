// eddy: the `errors` binding: stack frames for lib/internal/errors_stack.js,
// which implements V8's Error.captureStackTrace, Error.prepareStackTrace,
// Error.stackTraceLimit and CallSite objects on SpiderMonkey's SavedFrames.
#include <js/Array.h>
#include <js/Exception.h>
#include <js/PropertyAndElement.h>
#include <js/SavedFrameAPI.h>
#include <js/Stack.h>
#include <jsfriendapi.h>

#include "bindings/registry.h"
#include "engine/compile.h"
#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

// Flattens a SavedFrame chain into [fn, file, line, column, isAsync, ...]
// (5 entries per frame), at most `limit` frames, skipping self-hosted ones.
bool FramesToArray(JSContext* cx, JS::HandleObject stack, uint32_t limit,
                   JS::MutableHandleValue out) {
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedObject frame(cx, stack);
  JS::RootedString str(cx);
  JS::RootedValue v(cx);
  uint32_t n = 0, count = 0;
  bool next_async = false;
  while (frame && count < limit) {
    JS::RootedString name(cx), source(cx), cause(cx);
    uint32_t line = 0, column = 0;
    (void)JS::GetSavedFrameFunctionDisplayName(cx, nullptr, frame, &name,
                                               JS::SavedFrameSelfHosted::Exclude);
    (void)JS::GetSavedFrameSource(cx, nullptr, frame, &source,
                                  JS::SavedFrameSelfHosted::Exclude);
    (void)JS::GetSavedFrameLine(cx, nullptr, frame, &line,
                                JS::SavedFrameSelfHosted::Exclude);
    (void)JS::GetSavedFrameColumn(cx, nullptr, frame, &column,
                                  JS::SavedFrameSelfHosted::Exclude);
    if (source) {
      v = name ? JS::StringValue(name) : JS::NullValue();
      if (!JS_SetElement(cx, arr, n++, v)) return false;
      v.setString(source);
      if (!JS_SetElement(cx, arr, n++, v)) return false;
      v.setNumber(line);
      if (!JS_SetElement(cx, arr, n++, v)) return false;
      v.setNumber(column);
      if (!JS_SetElement(cx, arr, n++, v)) return false;
      v.setBoolean(next_async);
      if (!JS_SetElement(cx, arr, n++, v)) return false;
      count++;
      next_async = false;
    }
    JS::RootedObject parent(cx);
    (void)JS::GetSavedFrameParent(cx, nullptr, frame, &parent,
                                  JS::SavedFrameSelfHosted::Exclude);
    if (!parent) {
      // SpiderMonkey links the frames after an await to where the async
      // function was called; V8 shows only awaiting async functions
      // (`at async fn`). Follow the link when the caller is a named function,
      // not module top-level code or an anonymous callback.
      (void)JS::GetSavedFrameAsyncParent(cx, nullptr, frame, &parent,
                                         JS::SavedFrameSelfHosted::Exclude);
      if (parent) {
        JS::RootedString pname(cx);
        (void)JS::GetSavedFrameFunctionDisplayName(
            cx, nullptr, parent, &pname, JS::SavedFrameSelfHosted::Exclude);
        bool keep = false;
        if (pname) {
          std::string n;
          keep = StringToUtf8(cx, pname, &n) && !n.empty() &&
                 n != kCjsWrapperName && n.back() != '<' &&
                 n.find('/') == std::string::npos;
        }
        if (!keep) break;
        next_async = true;
      }
    }
    frame = parent;
  }
  out.setObject(*arr);
  return true;
}

// getErrorFrames(error, limit): frames recorded when the error was created,
// or undefined for objects without an engine stack.
bool GetErrorFrames(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!args.get(0).isObject()) return true;
  JS::RootedObject obj(cx, js::CheckedUnwrapStatic(&args[0].toObject()));
  if (!obj) return true;
  JS::RootedObject stack(cx, JS::ExceptionStackOrNull(obj));
  if (!stack) return true;
  uint32_t limit = args.get(1).isNumber() ? static_cast<uint32_t>(args[1].toNumber()) : 10;
  return FramesToArray(cx, stack, limit, args.rval());
}

// captureFrames(limit): the current stack, youngest first.
bool CaptureFrames(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint32_t limit = args.get(0).isNumber() ? static_cast<uint32_t>(args[0].toNumber()) : 10;
  JS::RootedObject stack(cx);
  if (!JS::CaptureCurrentStack(cx, &stack, JS::StackCapture(JS::AllFrames()))) {
    return false;
  }
  return FramesToArray(cx, stack, limit, args.rval());
}

// runGuarded(fn, onThrow): calls fn(); if it throws, calls onThrow() and
// rethrows the same exception with its original throw site. A JS
// try/finally would record the rethrow inside lib/ as the throw site
// (SpiderMonkey 102), which the uncaught-error arrow then shows.
bool RunGuarded(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (JS::Call(cx, JS::UndefinedHandleValue, args.get(0),
               JS::HandleValueArray::empty(), args.rval())) {
    return true;
  }
  if (!JS_IsExceptionPending(cx)) return false;
  JS::ExceptionStack es(cx);
  if (!JS::StealPendingExceptionStack(cx, &es)) return false;
  JS::RootedValue rv(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, args.get(1),
                JS::HandleValueArray::empty(), &rv)) {
    return false;  // the cleanup's own exception wins
  }
  JS::SetPendingExceptionStack(cx, es);
  return false;
}

// triggerUncaughtException(error, fromPromise): routes a value through the
// uncaught-exception path (listeners, or print and exit).
bool TriggerUncaughtException(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject stack(cx);
  if (args.get(0).isObject()) {
    JS::RootedObject obj(cx, js::CheckedUnwrapStatic(&args[0].toObject()));
    if (obj) stack = JS::ExceptionStackOrNull(obj);
  }
  Runtime::From(cx)->ReportUncaught(args.get(0), stack, JS::ToBoolean(args.get(1)));
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("triggerUncaughtException", TriggerUncaughtException, 2, 0),
    JS_FN("runGuarded", RunGuarded, 2, 0),
    JS_FN("getErrorFrames", GetErrorFrames, 2, 0),
    JS_FN("captureFrames", CaptureFrames, 1, 0), JS_FS_END};

}  // namespace

bool InitErrors(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods) &&
         SetString(cx, target, "cjsWrapperName", kCjsWrapperName);
}

}  // namespace eddy::bindings
