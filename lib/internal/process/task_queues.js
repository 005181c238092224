// eddy: process.nextTick and the drain the CallbackScope calls after every
// callback from libuv (node's lib/internal/process/task_queues.js): all ticks
// (including ones queued meanwhile), then promise jobs, repeated until both
// are empty, then unhandled-rejection processing.
'use strict';

const binding = internalBinding('task_queue');
const { tickInfo, runMicrotasks, setTickCallback, enqueueMicrotask } = binding;
const { validateFunction } = require('internal/validators');
const { frameInfo, captureFrame, setFrame } = require('internal/async_hooks');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// The tick queue: a linked list of fixed-size ring segments. Each entry is
// four slots (callback, argument count, the argument or an argument array,
// the AsyncLocalStorage frame current at nextTick() or undefined), so
// queueing a tick with zero or one argument allocates nothing.
const kEntries = 2048;
const kSlots = kEntries * 4;

class Segment {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSlots);
    this.next = null;
  }
}

let head = new Segment();  // where new ticks go
let tail = head;           // where ticks are taken from

function queueIsEmpty() {
  return tail.top === tail.bottom && tail.next === null;
}

function push(callback, argc, arg) {
  let seg = head;
  if (seg.top === kSlots) {
    seg = head = seg.next = new Segment();
  }
  const list = seg.list;
  const top = seg.top;
  list[top] = callback;
  list[top + 1] = argc;
  list[top + 2] = arg;
  list[top + 3] = frameInfo[0] === 0 ? undefined : captureFrame();
  seg.top = top + 4;
}

let processPromiseRejections = () => false;

function processTicksAndRejections() {
  do {
    for (;;) {
      let seg = tail;
      if (seg.bottom === seg.top) {
        if (seg.next === null) {
          seg.bottom = seg.top = 0;
          break;
        }
        seg = tail = seg.next;
      }
      const list = seg.list;
      const i = seg.bottom;
      const callback = list[i];
      const argc = list[i + 1];
      const arg = list[i + 2];
      const frame = list[i + 3];
      list[i] = undefined;
      list[i + 2] = undefined;
      seg.bottom = i + 4;
      if (frame !== undefined) {
        list[i + 3] = undefined;
        setFrame(frame);
      } else if (frameInfo[0] !== 0) {
        setFrame(undefined);
      }
      switch (argc) {
        case 0: callback(); break;
        case 1: callback(arg); break;
        case 2: callback(arg[0], arg[1]); break;
        case 3: callback(arg[0], arg[1], arg[2]); break;
        default: Reflect.apply(callback, undefined, arg);
      }
    }
    runMicrotasks();
  } while (!queueIsEmpty() || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

function nextTick(callback, arg0, arg1, arg2) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  const argc = arguments.length - 1;
  let arg;
  switch (argc) {
    case -1: case 0: break;
    case 1: arg = arg0; break;
    case 2: arg = [arg0, arg1]; break;
    case 3: arg = [arg0, arg1, arg2]; break;
    default:
      arg = new Array(argc);
      for (let i = 0; i < argc; i++) arg[i] = arguments[i + 1];
  }
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  push(callback, argc < 0 ? 0 : argc, arg);
}

// Between timers and between immediates: run what the last callback queued.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    runMicrotasks();
  }
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    return;
  }
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  enqueueMicrotask(callback);
}

function setupTaskQueue(rejections) {
  processPromiseRejections = rejections;
  setTickCallback(processTicksAndRejections);
}

module.exports = {
  nextTick,
  queueMicrotask,
  runNextTicks,
  setupTaskQueue,
  hasTickScheduled: () => tickInfo[kHasTickScheduled] === 1,
};
