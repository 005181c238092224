// eddy: process.nextTick and the drain the CallbackScope calls after every
// callback from libuv (node's lib/internal/process/task_queues.js): all ticks
// (including ones queued meanwhile), then promise jobs, repeated until both
// are empty, then unhandled-rejection processing.
'use strict';

const binding = internalBinding('task_queue');
const { tickInfo, runMicrotasks, setTickCallback, enqueueMicrotask } = binding;
const { validateFunction } = require('internal/validators');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A ring-buffer queue of fixed-size segments: push/shift without array
// shifting, no allocation per tick in the steady state.
const kSize = 2048;
const kMask = kSize - 1;

class FixedCircularBuffer {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kMask) === this.bottom; }
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kMask;
  }
  shift() {
    const next = this.list[this.bottom];
    if (next === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return next;
  }
}

class FixedQueue {
  constructor() { this.head = this.tail = new FixedCircularBuffer(); }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) {
      this.tail = tail.next;
      tail.next = null;
    }
    return next;
  }
}

const queue = new FixedQueue();

let processPromiseRejections = () => false;

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const callback = tock.callback;
      const args = tock.args;
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          case 4: callback(args[0], args[1], args[2], args[3]); break;
          default: callback(...args);
        }
      }
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  let args;
  switch (arguments.length) {
    case 1: break;
    case 2: args = [arguments[1]]; break;
    case 3: args = [arguments[1], arguments[2]]; break;
    case 4: args = [arguments[1], arguments[2], arguments[3]]; break;
    default:
      args = new Array(arguments.length - 1);
      for (let i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  if (queue.isEmpty()) tickInfo[kHasTickScheduled] = 1;
  queue.push({ callback, args });
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
