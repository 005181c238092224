// eddy: serialize/deserialize for child_process' 'advanced' IPC mode (see
// ipc_clone.cc), defined on the process_wrap binding object.
#ifndef EDDY_BINDINGS_PROCESS_WRAP_IPC_CLONE_H_
#define EDDY_BINDINGS_PROCESS_WRAP_IPC_CLONE_H_

#include <jsapi.h>

namespace eddy::bindings::spawn {

// Defines serialize(value, hooks) and deserialize(view, hooks) on `target`.
[[nodiscard]] bool DefineIpcClone(JSContext* cx, JS::HandleObject target);

}  // namespace eddy::bindings::spawn

#endif  // EDDY_BINDINGS_PROCESS_WRAP_IPC_CLONE_H_
