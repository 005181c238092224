// eddy: node:worker_threads from the main thread's side. eddy runs no
// workers yet: `new Worker()` throws ERR_NOT_IMPLEMENTED, and so do
// moveMessagePortToContext() and postMessageToThread(). The rest is real,
// so packages that load worker_threads to check isMainThread or to use its
// messaging (pino, undici, cheerio) work: isMainThread (true), threadId (0),
// parentPort and workerData (null), resourceLimits, SHARE_ENV,
// MessageChannel/MessagePort/BroadcastChannel (internal/messaging),
// receiveMessageOnPort, markAsUntransferable and the environment data map.
'use strict';

const EventEmitter = require('events');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  receiveMessageOnPort,
} = require('internal/messaging');
const untransferable = require('internal/untransferable');

const environmentData = new Map();

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    void filename;
    void options;
    throw new ERR_NOT_IMPLEMENTED('worker_threads.Worker');
  }
}

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext() {
    throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext()');
  },
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread() {
    throw new ERR_NOT_IMPLEMENTED('worker_threads.postMessageToThread()');
  },
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
