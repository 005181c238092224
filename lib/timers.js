// eddy: node:timers. The scheduling machinery lives in internal/timers; this
// file is the public surface (argument handling, clear*, deprecated helpers).
'use strict';

const {
  Timeout,
  Immediate,
  insert,
  unenroll,
  active,
  unrefActive,
  getTimerDuration,
  knownTimersById,
  listInit,
  clearImmediate: clearImmediateInternal,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

let timersPromises;
function lazyPromises() {
  if (timersPromises === undefined) timersPromises = require('timers/promises');
  return timersPromises;
}

// Extra arguments after the first `skip` ones, or undefined when there are none.
function restArgs(args, skip) {
  const n = args.length - skip;
  if (n <= 0) return undefined;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = args[skip + i];
  return out;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return lazyPromises().setTimeout; },
});

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const instance = knownTimersById[timer];
    if (instance !== undefined) {
      instance._onTimeout = null;
      unenroll(instance);
    }
  }
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Timeouts and intervals are the same objects; either clear works for both.
function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return lazyPromises().setImmediate; },
});

function clearImmediate(immediate) {
  clearImmediateInternal(immediate);
}

// --- deprecated helpers on arbitrary objects ------------------------------------

function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (!process.noDeprecation) process.emitWarning(msg, 'DeprecationWarning', code);
    }
    return Reflect.apply(fn, this, args);
  }
  return deprecated;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);
  listInit(item);
  item._idleTimeout = msecs;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated.' +
                          ' Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(active,
                    'timers.active() is deprecated.' +
                    ' Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(unenroll,
                      'timers.unenroll() is deprecated.' +
                      ' Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll,
                    'timers.enroll() is deprecated.' +
                    ' Please use setTimeout instead.', 'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});
