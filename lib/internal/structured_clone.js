// eddy: the structuredClone global over the engine's structured clone. The
// binding calls back here to build cloned Error objects and the
// DataCloneError for values that cannot be cloned (V8's messages).
'use strict';

const { structuredClone: clone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { isArrayBuffer } = require('internal/util/types');

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

// How V8 names a value it cannot clone in its DataCloneError message: a
// function's source text, else `#<ConstructorName>`.
function cloneName(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  let name = 'Object';
  try {
    const proto = Object.getPrototypeOf(value);
    const ctor = proto === null ? undefined : proto.constructor;
    if (typeof ctor === 'function' && ctor.name) name = ctor.name;
  } catch {
    // Proxies and exotic objects: keep Object.
  }
  return `#<${name}>`;
}

const hooks = {
  __proto__: null,
  onUncloneable(value) {
    let what;
    if (value === undefined) {
      what = String(findSymbol(current) ?? Symbol());
    } else {
      what = cloneName(value);
    }
    const { DOMException } = require('internal/per_context/domexception');
    if (isArrayBuffer(value) && isDetached(value)) {
      return new DOMException('An ArrayBuffer is detached and could not be cloned.',
                              'DataCloneError');
    }
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

// SpiderMonkey 102 has no `detached` getter; a view of a detached buffer
// cannot be made (a zero-length one can).
const isDetached = (ab) => {
  try {
    new Uint8Array(ab);  // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
};

// The transfer list as V8 takes it, checked before the engine sees it (the
// engine gives up midway through a bad list, after it has taken the contents
// of the buffers before the bad entry, and those bytes are then lost): only
// ArrayBuffers, no duplicates; detached ones are skipped, as V8 skips them.
function checkTransfer(transfer) {
  if (transfer === undefined || transfer === null || !Array.isArray(transfer)) return transfer;
  let list = transfer;
  for (let i = 0; i < transfer.length; i++) {
    const item = transfer[i];
    if (!isArrayBuffer(item)) throw new TypeError('Found invalid object in transferList');
    for (let j = 0; j < i; j++) {
      if (transfer[j] === item) {
        const { DOMException } = require('internal/per_context/domexception');
        throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      }
    }
    if (isDetached(item)) {
      if (list === transfer) list = transfer.slice(0, i);
    } else if (list !== transfer) {
      list.push(item);
    }
  }
  return list;
}

// A MessagePort found in the value but not in the transfer list: node's
// error rather than the generic DataCloneError.
function missingTransferable(err) {
  if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
      err.message === '#<MessagePort> could not be cloned.') {
    const e = new TypeError('Object that needs transfer was found in message ' +
                            'but not listed in transferList');
    e.code = 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST';
    return e;
  }
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new TypeError("Failed to execute 'structuredClone' on 'Window': The provided value is not of type 'StructuredSerializeOptions'.");
    }
    let given = options.transfer;
    if (Array.isArray(given) && given.length > 0) {
      // Objects worker_threads.markAsUntransferable() marked are copied.
      const untransferable = require('internal/untransferable');
      if (given.some((t) => untransferable.has(t))) {
        given = given.filter((t) => !untransferable.has(t));
      }
      const { isPort } = internalBinding('message_port');
      if (given.some(isPort)) {
        try {
          return require('internal/messaging').cloneWithPorts(value, given);
        } catch (err) {
          throw missingTransferable(err);
        }
      }
    }
    transfer = checkTransfer(given);
    // A detached buffer that is itself the value and in the list comes back
    // as an empty ArrayBuffer, as in V8.
    if (transfer !== given && isArrayBuffer(value) && isDetached(value) &&
        given.includes(value)) {
      return new ArrayBuffer(0);
    }
  }
  current = value;
  try {
    return clone(value, transfer, hooks);
  } catch (err) {
    throw missingTransferable(err);
  } finally {
    current = undefined;
  }
}

module.exports = { cloneName, findSymbol, structuredClone };
