// eddy: ECMAScript features Node 20 (V8 11.3) has and SpiderMonkey 102 lacks:
// Array.prototype.findLast/findLastIndex, the change-array-by-copy methods
// (toReversed, toSorted, toSpliced, with) on arrays and typed arrays, and
// String.prototype.isWellFormed/toWellFormed, Intl.Segmenter. Defined like built-ins:
// non-enumerable, writable, configurable. Also Symbol.dispose and
// Symbol.asyncDispose, which node 20 defines as the registered symbols
// 'nodejs.dispose' / 'nodejs.asyncDispose' (read-only).
'use strict';

function define(target, name, fn) {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, {
    value: fn, writable: true, configurable: true, enumerable: false,
  });
}

function toIntegerOrInfinity(v) {
  const n = Number(v);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

function lengthOf(o) {
  const len = toIntegerOrInfinity(o.length);
  return len <= 0 ? 0 : Math.min(len, Number.MAX_SAFE_INTEGER);
}

function checkCallable(fn, what) {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
  void what;
}

const TypedArray = Object.getPrototypeOf(Int8Array);
const TypedArrayProto = TypedArray.prototype;

const findLast = {
  findLast(predicate, thisArg) {
    const o = Object(this);
    const len = lengthOf(o);
    checkCallable(predicate);
    for (let i = len - 1; i >= 0; i--) {
      const v = o[i];
      if (predicate.call(thisArg, v, i, o)) return v;
    }
    return undefined;
  },
  findLastIndex(predicate, thisArg) {
    const o = Object(this);
    const len = lengthOf(o);
    checkCallable(predicate);
    for (let i = len - 1; i >= 0; i--) {
      if (predicate.call(thisArg, o[i], i, o)) return i;
    }
    return -1;
  },
};

const byCopy = {
  toReversed() {
    const o = Object(this);
    const len = lengthOf(o);
    const a = new Array(len);
    for (let i = 0; i < len; i++) a[i] = o[len - 1 - i];
    return a;
  },
  toSorted(comparefn) {
    if (comparefn !== undefined) checkCallable(comparefn);
    const o = Object(this);
    const len = lengthOf(o);
    const a = new Array(len);
    for (let i = 0; i < len; i++) a[i] = o[i];
    return a.sort(comparefn);
  },
  toSpliced(start, skipCount, ...items) {
    const o = Object(this);
    const len = lengthOf(o);
    const rel = toIntegerOrInfinity(start);
    const actualStart = rel < 0 ? Math.max(len + rel, 0) : Math.min(rel, len);
    let skip;
    if (arguments.length === 0) skip = 0;
    else if (arguments.length === 1) skip = len - actualStart;
    else skip = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), len - actualStart);
    const newLen = len + items.length - skip;
    if (newLen > Number.MAX_SAFE_INTEGER) throw new TypeError('Invalid array length');
    const a = [];
    for (let i = 0; i < actualStart; i++) a.push(o[i]);
    for (const item of items) a.push(item);
    for (let i = actualStart + skip; i < len; i++) a.push(o[i]);
    return a;
  },
  with(index, value) {
    const o = Object(this);
    const len = lengthOf(o);
    const rel = toIntegerOrInfinity(index);
    const actual = rel >= 0 ? rel : len + rel;
    if (actual >= len || actual < 0) throw new RangeError('Invalid index : ' + index);
    const a = new Array(len);
    for (let i = 0; i < len; i++) a[i] = i === actual ? value : o[i];
    return a;
  },
};

for (const name of Object.keys(findLast)) {
  define(Array.prototype, name, findLast[name]);
  define(TypedArrayProto, name, findLast[name]);
}
for (const name of Object.keys(byCopy)) define(Array.prototype, name, byCopy[name]);

define(TypedArrayProto, 'toReversed', function toReversed() {
  const out = new this.constructor(this.length);
  for (let i = 0, n = this.length; i < n; i++) out[i] = this[n - 1 - i];
  return out;
});
define(TypedArrayProto, 'toSorted', function toSorted(comparefn) {
  if (comparefn !== undefined) checkCallable(comparefn);
  return new this.constructor(this).sort(comparefn);
});
define(TypedArrayProto, 'with', function with_(index, value) {
  const len = this.length;
  const rel = toIntegerOrInfinity(index);
  const actual = rel >= 0 ? rel : len + rel;
  const v = typeof this[0] === 'bigint' ? BigInt(value) : Number(value);
  if (actual >= len || actual < 0) throw new RangeError('Invalid typed array index');
  const out = new this.constructor(this);
  out[actual] = v;
  return out;
});
Object.defineProperty(TypedArrayProto.with, 'name', { value: 'with' });

// Unscopables, as the spec adds them for the array methods.
const unscopables = Array.prototype[Symbol.unscopables];
for (const name of ['findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced']) {
  unscopables[name] = true;
}

define(String.prototype, 'isWellFormed', function isWellFormed() {
  const s = String(this);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
});
define(String.prototype, 'toWellFormed', function toWellFormed() {
  const s = String(this);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += s[i];
    }
  }
  return out;
});

for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (!Object.prototype.hasOwnProperty.call(Symbol, name)) {
    Object.defineProperty(Symbol, name, {
      value: Symbol.for(key), writable: false, enumerable: false, configurable: false,
    });
  }
}

// Intl.Segmenter (lib/internal/intl_segmenter.js, on the system's ICU): its
// module loads on first access, then the property becomes a plain data
// property like the other Intl constructors.
if (typeof Intl === 'object' && Intl !== null &&
    !Object.prototype.hasOwnProperty.call(Intl, 'Segmenter')) {
  const settle = (value) => Object.defineProperty(Intl, 'Segmenter', {
    value, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(Intl, 'Segmenter', {
    get() {
      const { Segmenter } = require('internal/intl_segmenter');
      settle(Segmenter);
      return Segmenter;
    },
    set(value) { settle(value); },
    configurable: true,
    enumerable: false,
  });
}

// WebAssembly.compile/instantiate settle their promises from an engine
// helper thread (through the runtime's DispatchToEventLoop): the loop is
// kept alive until they do, as node's is.
if (typeof WebAssembly === 'object' && WebAssembly !== null) {
  const { refEngineTask, unrefEngineTask } = internalBinding('task_queue');
  for (const name of ['compile', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    const wrapped = {
      [name](...args) {
        refEngineTask();
        let promise;
        try {
          promise = Reflect.apply(original, WebAssembly, args);
        } catch (err) {
          unrefEngineTask();
          throw err;
        }
        return promise.then((value) => {
          unrefEngineTask();
          return value;
        }, (err) => {
          unrefEngineTask();
          throw err;
        });
      },
    }[name];
    Object.defineProperty(wrapped, 'length', { value: original.length });
    Object.defineProperty(WebAssembly, name, {
      value: wrapped, writable: true, configurable: true, enumerable: false,
    });
  }
}
