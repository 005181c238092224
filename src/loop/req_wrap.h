// eddy: ReqWrap, the base of one-shot libuv requests exposed to JS (node's
// src/req_wrap.h): fs operations on the thread pool now; connect, write,
// shutdown and getaddrinfo later.
//
// Rules:
// - While a request is in flight, its JS object (which carries `oncomplete`)
//   is kept alive: the Runtime lists every ReqWrap and its tracer marks it.
// - The C++ object is freed after the completion callback ran, or at once
//   when starting the request failed synchronously (Dispatch returned < 0).
// - Completion callbacks enter JS through a CallbackScope.
// - Teardown cancels what has not started; cancelled requests complete with
//   UV_ECANCELED and call no JS.
#ifndef EDDY_LOOP_REQ_WRAP_H_
#define EDDY_LOOP_REQ_WRAP_H_

#include <jsapi.h>
#include <uv.h>

#include "engine/runtime.h"

namespace eddy::loop {

class ReqWrapBase {
 public:
  ReqWrapBase(Runtime* rt, JSObject* object, uv_req_t* req);
  virtual ~ReqWrapBase();
  ReqWrapBase(const ReqWrapBase&) = delete;
  ReqWrapBase& operator=(const ReqWrapBase&) = delete;

  Runtime* runtime() const { return rt_; }
  JSObject* object() const { return object_; }
  uv_req_t* req() { return req_; }

  void Trace(JSTracer* trc);
  // uv_cancel for teardown; harmless when the request already runs.
  void Cancel() { uv_cancel(req_); }

 private:
  Runtime* rt_;
  JS::Heap<JSObject*> object_;
  uv_req_t* req_;
  ReqWrapBase* prev_ = nullptr;
  ReqWrapBase* next_ = nullptr;
  friend class eddy::Runtime;
};

template <typename T>
class ReqWrap : public ReqWrapBase {
 public:
  ReqWrap(Runtime* rt, JSObject* object)
      : ReqWrapBase(rt, object, reinterpret_cast<uv_req_t*>(&req_)) {
    req_.data = this;
  }
  T* uv_req() { return &req_; }
  static ReqWrap* From(T* req) { return static_cast<ReqWrap*>(req->data); }

 private:
  T req_;
};

}  // namespace eddy::loop

#endif  // EDDY_LOOP_REQ_WRAP_H_
