// eddy: CallbackScope, the single door from libuv into JavaScript (node's
// InternalCallbackScope). Construct one around any call into JS made from a
// libuv callback; when the outermost scope closes, process.nextTick callbacks
// run, then promise jobs, repeatedly until both queues are empty.
#ifndef EDDY_LOOP_CALLBACK_SCOPE_H_
#define EDDY_LOOP_CALLBACK_SCOPE_H_

#include <jsapi.h>

#include "engine/runtime.h"

namespace eddy::loop {

class CallbackScope {
 public:
  explicit CallbackScope(Runtime* rt)
      : rt_(rt), realm_(rt->cx(), rt->global()) {
    rt_->EnterCallback();
  }
  ~CallbackScope() { rt_->LeaveCallback(); }
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Runtime* rt_;
  JSAutoRealm realm_;
};

}  // namespace eddy::loop

#endif  // EDDY_LOOP_CALLBACK_SCOPE_H_
