// eddy: ChannelWrap, the handle behind a dns.Resolver (node's ChannelWrap in
// src/cares_wrap.cc): one c-ares channel driven by the Runtime's libuv loop.
//
// Rules:
// - The ChannelWrap JS object owns its Channel; the finalizer frees it.
// - While a query is in flight (sent, or answered but not yet delivered) the
//   channel has an AresTimer, a HandleWrap around a uv_timer_t whose hidden
//   JS object holds the ChannelWrap object: an active channel cannot be
//   collected, and teardown closes it with every other handle. The timer
//   runs c-ares timeouts and delivers answers that arrived outside a loop
//   callback (cancel(), synchronous failures, hosts-file hits).
// - c-ares sockets are watched with uv_poll_t handles the channel owns; they
//   exist only while c-ares has the socket open, which is only while queries
//   are in flight. Idle handles are unref'd; with nothing in flight the
//   timer closes, so an idle Resolver keeps neither the process nor itself
//   alive.
// - c-ares callbacks never call JS: answers are copied into a queue and
//   delivered (req.oncomplete through a CallbackScope) once c-ares returned.
// - Request objects are held by JS::Heap pointers traced by the ChannelWrap
//   class's trace hook.
#ifndef EDDY_BINDINGS_CARES_WRAP_CHANNEL_H_
#define EDDY_BINDINGS_CARES_WRAP_CHANNEL_H_

#include <jsapi.h>

namespace eddy::bindings::cares_wrap {

// Defines ChannelWrap on the binding object.
[[nodiscard]] bool InitChannelWrap(JSContext* cx, JS::HandleObject target);

// The result code setServers returns while queries are in flight; strerror
// knows its text.
constexpr int kSetServersPending = -1000;

}  // namespace eddy::bindings::cares_wrap

#endif  // EDDY_BINDINGS_CARES_WRAP_CHANNEL_H_
