// eddy: the structuredClone global over the engine's structured clone. The
// binding calls back here to build cloned Error objects and the
// DataCloneError for values that cannot be cloned (V8's messages).
'use strict';

const { structuredClone: clone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kErrorCtors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};
const kHasMessage = 1 << 8;
const kHasStack = 1 << 9;
const kHasCause = 1 << 10;

function define(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

// The first symbol reachable from `value` (the engine reports symbols without
// saying which one).
function findSymbol(value, seen = new Set()) {
  if (typeof value === 'symbol') return value;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  const children = value instanceof Map ? [...value.keys(), ...value.values()] :
    value instanceof Set ? [...value] : Object.values(value);
  for (const child of children) {
    const found = findSymbol(child, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

let current;

const hooks = {
  __proto__: null,
  onUncloneable(value) {
    let what;
    if (value === undefined) {
      what = String(findSymbol(current) ?? Symbol());
    } else if (typeof value === 'function') {
      what = Function.prototype.toString.call(value);
    } else {
      let name = 'Object';
      try {
        const proto = Object.getPrototypeOf(value);
        const ctor = proto === null ? undefined : proto.constructor;
        if (typeof ctor === 'function' && ctor.name) name = ctor.name;
      } catch {
        // Proxies and exotic objects: keep Object.
      }
      what = `#<${name}>`;
    }
    const { DOMException } = require('internal/per_context/domexception');
    return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
  },
  asPlain(value) {
    const { URL } = require('internal/url');
    if (value instanceof URL) return { ...value };
    return undefined;
  },
  makeError(name, message, stack, cause, flags) {
    const err = new kErrorCtors[name]();
    if (flags & kHasMessage) define(err, 'message', message);
    if (flags & kHasStack) define(err, 'stack', stack);
    if (flags & kHasCause) define(err, 'cause', cause);
    return err;
  },
};

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new TypeError("Failed to execute 'structuredClone' on 'Window': The provided value is not of type 'StructuredSerializeOptions'.");
    }
    transfer = options.transfer;
  }
  current = value;
  try {
    return clone(value, transfer, hooks);
  } finally {
    current = undefined;
  }
}

module.exports = { structuredClone };
