// eddy: AbortController and AbortSignal (WHATWG DOM), on eddy's EventTarget:
// abort(reason) with a DOMException AbortError by default, the 'abort' event
// and onabort, throwIfAborted, and the static abort(), timeout() and any().
'use strict';

const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateUint32, validateAbortSignal } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrow = Symbol('kDontThrow');
let constructing = false;

function isSignal(v) {
  return v !== null && typeof v === 'object' && kAborted in v;
}

function checkThis(self) {
  if (!isSignal(self)) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    Object.defineProperty(this, kAborted, { value: false, writable: true });
    Object.defineProperty(this, kReason, { value: undefined, writable: true });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortSignal ${inspect({ aborted: this[kAborted] }, options)}`;
  }

  get aborted() {
    checkThis(this);
    return this[kAborted];
  }

  get reason() {
    checkThis(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkThis(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = createSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    const { setUnrefTimeout } = require('internal/timers');
    setUnrefTimeout(() => {
      abortSignal(signal, new DOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals) && (signals === null || typeof signals !== 'object' ||
        typeof signals[Symbol.iterator] !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    const list = [...signals];
    for (let i = 0; i < list.length; i++) validateAbortSignal(list[i], `signals[${i}]`);
    const result = createSignal();
    for (const s of list) {
      if (s.aborted) {
        result[kAborted] = true;
        result[kReason] = s.reason;
        return result;
      }
    }
    const onAbort = (event) => abortSignal(result, event.target.reason);
    for (const s of list) s.addEventListener('abort', onAbort, { once: true });
    return result;
  }
}

Object.defineProperties(AbortSignal.prototype, {
  [Symbol.toStringTag]: { value: 'AbortSignal', configurable: true },
  aborted: { enumerable: true },
  reason: { enumerable: true },
  throwIfAborted: { enumerable: true },
});
defineEventHandler(AbortSignal.prototype, 'abort');

function createSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
}

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    Object.defineProperty(this, kSignal, { value: createSignal() });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortController ${inspect({ signal: this[kSignal] }, options)}`;
  }

  get signal() {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this[kSignal], reason);
  }
}

Object.defineProperties(AbortController.prototype, {
  [Symbol.toStringTag]: { value: 'AbortController', configurable: true },
  signal: { enumerable: true },
  abort: { enumerable: true },
});

module.exports = { AbortController, AbortSignal, kAborted, kDontThrow };
