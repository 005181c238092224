// eddy: ReqWrap implementation (see req_wrap.h for the rules).
#include "loop/req_wrap.h"

namespace eddy::loop {

ReqWrapBase::ReqWrapBase(Runtime* rt, JSObject* object, uv_req_t* req)
    : rt_(rt), object_(object), req_(req) {
  rt_->AddRequest(this);
}

ReqWrapBase::~ReqWrapBase() { rt_->RemoveRequest(this); }

void ReqWrapBase::Trace(JSTracer* trc) {
  JS::TraceEdge(trc, &object_, "ReqWrap object");
}

}  // namespace eddy::loop
