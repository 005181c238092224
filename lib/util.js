// eddy: node:util. Formatting (inspect/format) lives in
// internal/util/inspect; this module adds promisify, callbackify, inherits,
// deprecate, debuglog, types and the smaller helpers. Parts not built yet
// throw ERR_NOT_IMPLEMENTED naming themselves.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateString, validateNumber } = require('internal/validators');
const inspectModule = require('internal/util/inspect');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    try { Object.defineProperty(fn, key, descriptors[key]); } catch { /* non-configurable */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new ERR_FALSY_VALUE_REJECTION(reason);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let debugEnv;
// Per section: { enabled, fn }, made on first use so NODE_DEBUG is read late.
const debugImpls = Object.create(null);

function debugImpl(set) {
  if (debugEnv === undefined) {
    const env = process.env.NODE_DEBUG;
    debugEnv = env ? new RegExp(`^(${env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*').replace(/,/g, '$|^')})$`, 'i') : null;
  }
  const upper = set.toUpperCase();
  let impl = debugImpls[upper];
  if (impl === undefined) {
    if (debugEnv && debugEnv.test(upper)) {
      const pid = process.pid;
      impl = {
        enabled: true,
        fn(...args) {
          const msg = inspectModule.formatWithOptions({ colors: false }, ...args);
          process.stderr.write(`${upper} ${pid}: ${msg}\n`);
        },
      };
    } else {
      impl = { enabled: false, fn() {} };
    }
    debugImpls[upper] = impl;
  }
  return impl;
}

function debuglog(set, cb) {
  let impl;
  function logger(...args) {
    if (impl === undefined) {
      impl = debugImpl(set);
      if (typeof cb === 'function') cb(impl.fn);
    }
    impl.fn(...args);
  }
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (impl === undefined) impl = debugImpl(set);
      return impl.enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalBinding('uv').errname(err) || `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const map = new Map();
  for (const [errno, name, message] of internalBinding('uv').getErrorMap()) {
    map.set(errno, [name, message]);
  }
  return map;
}

function toUSVString(input) {
  return String(input).toWellFormed();
}

// util.styleText(format, text[, { validateStream, stream }]): ANSI styles by
// util.inspect.colors names. Like node 20, a single style is dropped when the
// stream (stdout by default) shows no colours; an array of styles is not.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { validateString: vs, validateOneOf } = require('internal/validators');
  vs(text, 'text');
  const { colors } = inspectModule.inspect;
  const keys = Object.keys(colors);
  const formats = Array.isArray(format) ? format : [format];
  for (const f of formats) validateOneOf(f, 'format', keys);
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.on !== 'function' ||
        (typeof stream.write !== 'function' && typeof stream.pipe !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!Array.isArray(format) && !streamHasColors(stream)) return text;
  }
  let left = '';
  let right = '';
  for (const f of formats) {
    const [open, close] = colors[f];
    left += `\u001b[${open}m`;
    right = `\u001b[${close}m${right}`;
  }
  return `${left}${text}${right}`;
}

function streamHasColors(stream) {
  const { getColorDepth } = require('internal/process/stdio');
  if (process.env.FORCE_COLOR !== undefined) return getColorDepth() > 2;
  return !!(stream && stream.isTTY &&
    (typeof stream.hasColors === 'function' ? stream.hasColors() : getColorDepth() > 2));
}

// util.aborted(signal, resource): a promise settled when `signal` aborts
// (an async function in node: bad arguments reject).
async function aborted(signal, resource) {
  const { validateAbortSignal, validateObject, kValidateObjectAllowFunction } =
    require('internal/validators');
  validateAbortSignal(signal, 'signal');
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateObject(resource, 'resource', kValidateObjectAllowFunction);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function notBuilt(name) {
  return { [name]() { throw new ERR_NOT_IMPLEMENTED(`util.${name}()`); } }[name];
}

module.exports = {
  callbackify,
  debuglog,
  debug: debuglog,
  deprecate,
  format: inspectModule.format,
  formatWithOptions: inspectModule.formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect: inspectModule.inspect,
  isArray: Array.isArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters: inspectModule.stripVTControlCharacters,
  parseEnv(content) {
    require('internal/validators').validateString(content, 'content');
    return require('internal/process/dotenv').parseEnv(content);
  },
  toUSVString,
  types: require('internal/util/types'),
  styleText,
  transferableAbortController: notBuilt('transferableAbortController'),
  transferableAbortSignal: notBuilt('transferableAbortSignal'),
  aborted,
  get MIMEType() { return require('internal/mime').MIMEType; },
  get MIMEParams() { return require('internal/mime').MIMEParams; },
};
Object.defineProperty(module.exports, 'parseArgs', {
  get() { return require('internal/util/parse_args').parseArgs; }, enumerable: true,
});
Object.defineProperty(module.exports, 'TextEncoder', {
  get() { return require('internal/encoding').TextEncoder; }, enumerable: true,
});
Object.defineProperty(module.exports, 'TextDecoder', {
  get() { return require('internal/encoding').TextDecoder; }, enumerable: true,
});
