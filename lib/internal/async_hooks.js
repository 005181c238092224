// eddy: the async context machinery under node:async_hooks.
//
// Context: AsyncLocalStorage stores live in a *frame*, an immutable array
// [storage, store, ...] (lib/async_hooks.js). The current frame is one slot in C++
// (Runtime::async_frame(), the `async_context_frame` binding); undefined
// means none, the common case. Whoever schedules work captures the current
// frame and runs the work in it later:
// - promise jobs and queueMicrotask callbacks: the C++ job queue, when the
//   job is queued (a promise's continuation runs in the frame that was
//   current when the promise settled, or when then/await was called on an
//   already settled one);
// - process.nextTick, timers and immediates: lib/internal/process/
//   task_queues.js and lib/internal/timers.js;
// - callbacks from libuv into a request or handle object (fs, net, dns
//   lookups, zlib, crypto jobs, child processes, signals): the frame current
//   when the C++ wrapper was created;
// - AsyncResource: the frame current when it was constructed.
// frameInfo[0] is 1 while a frame is set, so capturing costs one typed-array
// read and no call when no AsyncLocalStorage is in use.
//
// Ids: executionAsyncId()/triggerAsyncId()/executionAsyncResource() follow
// the running timer, immediate or AsyncResource scope; elsewhere they report
// the top level (1, 0, a fixed object). eddy has no per-resource ids for
// promises, ticks or I/O.
'use strict';

const {
  getFrame, setFrame, frameInfo, resetResourceFrame,
} = internalBinding('async_context_frame');

// Property holding a timer's / immediate's captured frame (added only when a
// frame was current, as node 20 adds its store property).
const kAsyncFrame = Symbol('kResourceStore');

const topLevelResource = {};

// The running callback's ids and resource, shared with lib/internal/timers.js.
const executionState = {
  lastAsyncId: 1,
  asyncId: 1,
  triggerId: 0,
  resource: topLevelResource,
};

function newAsyncId() {
  return ++executionState.lastAsyncId;
}

// The current frame, or undefined: no native call when none is set, nor
// when the frame has not changed since the last read (frameInfo[1]).
let cachedFrame;
let cachedVersion = -1;
function captureFrame() {
  if (frameInfo[0] === 0) return undefined;
  if (frameInfo[1] !== cachedVersion) {
    cachedFrame = getFrame();
    cachedVersion = frameInfo[1];
  }
  return cachedFrame;
}

// Makes `frame` current (undefined = none); cheap when both are none.
function enterFrame(frame) {
  if (frame !== undefined || frameInfo[0] !== 0) setFrame(frame);
}

// Timers and immediates run from the loop, never nested in each other:
// entering sets the callback's ids, resource and frame; leaving returns to
// the top level.
function enterTimerScope(resource, asyncId, triggerId) {
  executionState.asyncId = asyncId;
  executionState.triggerId = triggerId;
  executionState.resource = resource;
  enterFrame(resource[kAsyncFrame]);
}

// A pooled socket handed to new work (an http Agent reusing a keep-alive
// socket, as node's asyncResetHandle): its callbacks now run in the current
// frame instead of the one it was created in.
function resetSocketFrame(socket) {
  const handle = socket._handle;
  if (handle !== null && typeof handle === 'object') resetResourceFrame(handle);
}

function leaveTimerScope() {
  executionState.asyncId = 1;
  executionState.triggerId = 0;
  executionState.resource = topLevelResource;
}

module.exports = {
  kAsyncFrame,
  executionState,
  topLevelResource,
  newAsyncId,
  captureFrame,
  enterFrame,
  getFrame,
  setFrame,
  frameInfo,
  enterTimerScope,
  leaveTimerScope,
  resetSocketFrame,
  resetResourceFrame,
};
