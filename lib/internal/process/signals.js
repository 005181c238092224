// eddy: signal events on process (node's lib/internal/process/signal.js): a
// listener for 'SIGINT' etc. starts an unref'd uv signal handle; removing the
// last listener closes it and restores the default action.
'use strict';

const { errnoException } = require('internal/errors');

const wraps = new Map();
let signals;

function isSignal(type) {
  if (typeof type !== 'string' || !type.startsWith('SIG')) return false;
  if (!signals) signals = internalBinding('constants').os.signals;
  return signals[type] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || wraps.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = function onsignal(signum) { process.emit(type, type, signum); };
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    throw errnoException(err, 'uv_signal_start');
  }
  wraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = wraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    wraps.delete(type);
  }
}

function setup() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setup };
