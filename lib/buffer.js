// eddy: node:buffer. Buffer is a Uint8Array subclass (FastBuffer from
// internal/buffer, whose prototype is Buffer.prototype), so every typed-array
// method works on it. The byte loops (encoding, decoding, fill, search,
// compare, copy) are in the `buffer` binding; this file validates arguments
// with node's ERR_* errors and decides what node decides: which encoding
// spellings exist, how offsets are coerced, when the shared pool is used.
//
// Pool: Buffer.allocUnsafe of less than Buffer.poolSize / 2 bytes carves
// its bytes out of one shared ArrayBuffer of Buffer.poolSize bytes (a new one
// when it runs out), keeping offsets 8-aligned, as node does. Unlike node,
// Buffer.from(string/array) does not use the pool: a view on a shared
// ArrayBuffer costs more in SpiderMonkey than a small typed array, whose
// bytes live inline in the object. The engine zero-fills new ArrayBuffers,
// so "unsafe" buffers are always zeroed here.
'use strict';

const binding = internalBinding('buffer');
const { isAnyArrayBuffer } = internalBinding('types');
const { getOwnNonIndexProperties } = internalBinding('util');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  codedError,
  decode,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const { isUint8Array, isTypedArray } = require('internal/util/types');

const TypedArraySet = Uint8Array.prototype.set;
const TypedArrayFill = Uint8Array.prototype.fill;

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const ids = binding.encodings;

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

// --- encodings ------------------------------------------------------------------

// Node's estimate of decoded base64: 3 bytes per 4 characters, trailing '='
// excluded. Characters that are skipped while decoding count too.
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

function makeEncoding(name, id, byteLength, methodPrefix) {
  return {
    name,
    id,
    byteLength,
    // The Buffer.prototype methods node's toString()/write() call.
    sliceName: `${methodPrefix}Slice`,
    writeName: `${methodPrefix}Write`,
    write(buf, string, offset, length) {
      return binding.write(buf, string, offset, length, id);
    },
    slice(buf, start, end) {
      return decode(buf, id, start, end);
    },
    indexOf(buf, value, byteOffset, forward) {
      return binding.indexOfString(buf, value, byteOffset, id, forward);
    },
  };
}

const utf8 = makeEncoding('utf8', ids.utf8, binding.byteLengthUtf8, 'utf8');
const utf16le = makeEncoding('utf16le', ids.utf16le, (s) => s.length * 2, 'ucs2');
const latin1 = makeEncoding('latin1', ids.latin1, (s) => s.length, 'latin1');
const ascii = makeEncoding('ascii', ids.ascii, (s) => s.length, 'ascii');
const hex = makeEncoding('hex', ids.hex, (s) => s.length >>> 1, 'hex');
const base64 = makeEncoding('base64', ids.base64, base64ByteLength, 'base64');
const base64url = makeEncoding('base64url', ids.base64url, base64ByteLength,
                                 'base64url');

const encodingsByName = new Map([
  ['utf8', utf8], ['utf-8', utf8],
  ['ucs2', utf16le], ['ucs-2', utf16le], ['utf16le', utf16le], ['utf-16le', utf16le],
  ['latin1', latin1], ['binary', latin1],
  ['ascii', ascii],
  ['hex', hex],
  ['base64', base64],
  ['base64url', base64url],
]);

// The encoding for a name in any letter case; undefined when unknown. The
// name is converted with `+ ''` first, as node does.
function getEncodingOps(encoding) {
  encoding += '';
  const ops = encodingsByName.get(encoding);
  if (ops !== undefined) return ops;
  return encodingsByName.get(encoding.toLowerCase());
}

// The canonical name ('utf8', 'utf16le', 'latin1', ...) of an encoding
// argument; null and undefined mean utf8.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  const ops = getEncodingOps(encoding);
  return ops === undefined ? undefined : ops.name;
}

// --- the pool -------------------------------------------------------------------

let poolSize, poolOffset, allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
}

// Short strings are encoded straight into a new buffer (see Pool above):
// up to 256 units, C++ encodes into its scratch block first, so the exact
// size is known without measuring and the bytes are copied in one call.
// Long ones come back from C++ in an ArrayBuffer of the exact size.
function fromStringFast(string, ops) {
  if (string.length <= 256) {
    const n = binding.encodeSmall(string, ops.id);
    const b = new FastBuffer(n);
    if (n > 0) binding.takeSmall(b);
    return b;
  }
  if (string.length >= (Buffer.poolSize >>> 1)) {
    return new FastBuffer(binding.fromString(string, ops.id));
  }
  const length = ops.byteLength(string);
  const b = new FastBuffer(length);
  const actual = binding.write(b, string, 0, length, ops.id);
  return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    ops = utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, ops);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = new FastBuffer(length);
  TypedArraySet.call(b, obj, 0);
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// --- Buffer ---------------------------------------------------------------------

let bufferWarningEmitted = false;
let nodeModulesChecks = 0;

// True when the nearest caller outside eddy's library lives in node_modules.
function isInsideNodeModules() {
  const frames = internalBinding('errors').captureFrames(100);
  for (let i = 1; i < frames.length; i += 5) {
    const file = frames[i];
    if (typeof file !== 'string' || !(file.startsWith('/') || file.includes('\\'))) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

// DEP0005, once, and only for code outside node_modules unless
// --pending-deprecation is given.
function warnBufferConstructor() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000) return;
  const { options } = internalBinding('process_methods');
  if (!options.pendingDeprecation && isInsideNodeModules()) return;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

/**
 * The deprecated constructor: `Buffer(size)` is Buffer.alloc(size), anything
 * else goes to Buffer.from.
 */
function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);
// A receiver whose utf8Slice/utf8Write are these is a Buffer (see
// foreignToString). The callers test `instanceof FastBuffer` first: a
// missing-property lookup on a typed array costs SpiderMonkey hundreds of
// instructions, the instanceof a few.
const kUtf8Slice = Buffer.prototype.utf8Slice;
const kUtf8Write = Buffer.prototype.utf8Write;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.slice(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

const of = (...items) => {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};
Buffer.of = of;

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

// Many chunks are gathered in one native call (about a third of the
// instructions per chunk of a TypedArray set each); it answers with the
// index of an element that is not a Uint8Array, and the JavaScript path
// below then reports it exactly as node does. A few chunks are copied in
// JavaScript into a buffer of its own: node's "may use the pool" allows it,
// and a view on the pool's ArrayBuffer costs SpiderMonkey about three times
// what a new small typed array does.
const kNativeConcatMin = 4;
Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length !== undefined) validateInteger(length, 'length', 0, kMaxLength);
  if (list.length >= kNativeConcatMin) {
    const ab = binding.concat(list, length === undefined ? -1 : length);
    if (typeof ab !== 'number') return new FastBuffer(ab);
  }
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  }
  return concatSlow(list, length);
};

function concatSlow(list, length) {
  const buffer = length < (Buffer.poolSize >>> 1) ? new FastBuffer(length) : allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    // TypedArray set is cheaper than a native call for the small chunks
    // concat usually sees.
    if (pos + buf.length <= length) {
      TypedArraySet.call(buffer, buf, pos);
      pos += buf.length;
    } else {
      pos += binding.copy(buf, buffer, pos, 0, buf.length);
    }
  }
  // An explicit length beyond the contents leaves zeros.
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops !== undefined) return ops.byteLength(string);
  }
  return binding.byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// --- prototype ----------------------------------------------------------------

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});

Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// An offset for copy(): the number rounded down; NaN and infinities take
// the default.
function toInteger(n, defaultValue) {
  n = +n;
  return Number.isFinite(n) ? Math.floor(n) : defaultValue;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  const count = Math.min(sourceEnd, source.length) - sourceStart;
  if (sourceStart === 0 && count === source.length && count <= target.length - targetStart) {
    // The whole source fits: TypedArray set is cheaper than a native call.
    TypedArraySet.call(target, source, targetStart);
    return count;
  }
  return binding.copy(source, target, targetStart, sourceStart, sourceEnd - sourceStart);
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

// The whole-buffer decodes of the common spellings skip the Map lookup.
const kToStringIds = { __proto__: null, utf8: ids.utf8, hex: ids.hex, base64: ids.base64 };

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (!(this instanceof FastBuffer) && this.utf8Slice !== kUtf8Slice) {
    return foreignToString(this, arguments.length, encoding, start, end);
  }
  const len = this.length;
  if (start === undefined && end === undefined) {
    if (encoding === undefined) return decode(this, ids.utf8, 0, len);
    if (typeof encoding === 'string') {
      const id = kToStringIds[encoding];
      if (id !== undefined) return decode(this, id, 0, len);
    }
  }
  if (arguments.length === 0) return decode(this, ids.utf8, 0, len);
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return decode(this, ids.utf8, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

// --- receivers that are not Buffers (Buffer.prototype.x.call(other)) ---------

// node's toString()/write() call the receiver's xxxSlice/xxxWrite method,
// which only Buffers have: plain typed arrays, DataViews and other values
// get V8's "is not a function" TypeError; `expr` is the receiver as written
// in node's source ('this' or 'buf').
function callForeign(receiver, expr, name, args) {
  const fn = receiver[name];
  if (typeof fn !== 'function') throw new TypeError(`${expr}.${name} is not a function`);
  return Reflect.apply(fn, receiver, args);
}

// Buffer.prototype.toString on a non-Buffer: node's steps, ending in a call
// of the receiver's own method.
function foreignToString(buf, argc, encoding, start, end) {
  if (argc === 0) return callForeign(buf, 'this', 'utf8Slice', [0, buf.length]);
  const len = buf.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return callForeign(buf, 'this', 'utf8Slice', [start, end]);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return callForeign(buf, 'buf', ops.sliceName, [start, end]);
}

// V8's rendering of a receiver in "incompatible receiver" messages: a
// primitive as itself, an object as structuredClone's errors name it.
function receiverString(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return String(value);
  }
  return require('internal/structured_clone').cloneName(value);
}

// What node's TypedArrayPrototypeGetByteLength(value) throws for a value
// that is not a typed array.
function byteLengthReceiverError(value) {
  return new TypeError('Method get TypedArray.prototype.byteLength called on ' +
                       `incompatible receiver ${receiverString(value)}`);
}

// node's C++ check of a buffer argument (any ArrayBufferView).
function assertView(value) {
  if (!ArrayBuffer.isView(value)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (!isTypedArray(this)) throw byteLengthReceiverError(this);
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

let lazyInspect;

// `<Buffer 68 69>`: hex bytes up to INSPECT_MAX_BYTES, then own non-index
// properties as util.inspect shows object entries.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = this.hexSlice(0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = getOwnNonIndexProperties(this, ctx.showHidden ? 0 : 2);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      if (this.length !== 0) str += ', ';
      lazyInspect ??= require('internal/util/inspect').inspect;
      // Drop the `[Object: null prototype] {` prefix and ` }` suffix.
      str += lazyInspect(extras, { ...ctx, breakLength: Infinity, compact: true })
        .slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')] = inspect;
Buffer.prototype.inspect = inspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd,
                                            sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) {
    assertView(this);
    return binding.compare(this, target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateInteger(targetStart, 'targetStart', 0, kMaxLength);
  if (targetEnd === undefined) targetEnd = target.length;
  else validateInteger(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateInteger(sourceStart, 'sourceStart', 0, kMaxLength);
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateInteger(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  assertView(this);
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf/lastIndexOf: `forward` picks the direction. A string byteOffset is
// the encoding; a missing or NaN offset searches the whole buffer.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);

  if (typeof val === 'number') {
    return binding.indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  }
  const ops = encoding === undefined ? utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, forward);
  }
  if (isUint8Array(val)) {
    return binding.indexOfBuffer(buffer, val, byteOffset, (ops || utf8).id, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One byte: fill with its number.
      const code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') value = code & 0xff;
    }
    encoding = getEncodingOps(normalized).id;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateInteger(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateInteger(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (!isTypedArray(buf)) throw byteLengthReceiverError(buf);
    // Long runs go to memset: the engine's TypedArray fill is a byte loop
    // in JIT code (about 10 instructions a byte). The binding converts the
    // number as ToUint8 does. Short runs, and a detached buffer (length 0),
    // take TypedArray fill: the engine's TypeError when detached, as in node.
    if (end - offset >= 64) binding.fill(buf, value, offset, end);
    else TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  assertView(buf);
  if (end === undefined) {
    // A DataView has no length: node's binding then reads the end as 0,
    // after converting a value that is no string or view to a number.
    if (typeof value !== 'string' && !ArrayBuffer.isView(value)) value = +value;
    return buf;
  }
  const res = binding.fill(buf, value, offset, end, encoding);
  if (res < 0) {
    if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
    throw new ERR_BUFFER_OUT_OF_BOUNDS();
  }
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    // write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // write(string, offset[, length][, encoding])
    validateInteger(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (!(this instanceof FastBuffer) && this.utf8Write !== kUtf8Write) {
    // Not a Buffer: node calls the receiver's method for the encoding.
    if (encoding === 'ascii') return callForeign(this, 'this', 'asciiWrite', [string, offset, length]);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return callForeign(this, 'buf', ops.writeName, [string, offset, length]);
  }
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  if (length === 0) return 0;
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const len = this.length;
  if (!(len > 0)) return { type: 'Buffer', data: [] };
  const data = new Array(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

// A start or end for subarray(): truncated, negative counts from the end,
// clamped to [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapBytes(buf, size) {
  if (buf.length < 128) {
    for (let i = 0; i < buf.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
    return buf;
  }
  return size === 2 ? binding.swap16(buf) : size === 4 ? binding.swap32(buf) : binding.swap64(buf);
}

Buffer.prototype.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  return swapBytes(this, 2);
};

Buffer.prototype.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  return swapBytes(this, 4);
};

Buffer.prototype.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  return swapBytes(this, 8);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// --- module functions ---------------------------------------------------------

// Thrown with node's C++ wording, without the 'Invalid state: ' prefix.
function detachedError() {
  return codedError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const ok = binding.isUtf8(input);
    if (ok === undefined) throw detachedError();
    return ok;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const ok = binding.isAscii(input);
    if (ok === undefined) throw detachedError();
    return ok;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

let DOMException;
function invalidCharacter(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) throw invalidCharacter('Invalid character');
  const bytes = new FastBuffer(binding.fromString(input, ids.latin1));
  return decode(bytes, ids.base64, 0, bytes.length);
}

// WHATWG forgiving-base64 checks, then node's lenient decoder.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const data = input.replace(/[\t\n\f\r ]+/g, '');
  const padding = /=*$/.exec(data)[0].length;
  const body = data.length - padding;
  const firstEqual = data.indexOf('=');
  if (/[^A-Za-z0-9+/=]/.test(data) || (firstEqual !== -1 && firstEqual < body) || padding > 2) {
    throw invalidCharacter('Invalid character');
  }
  if (body % 4 === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  if (padding > 0 && data.length % 4 !== 0) throw invalidCharacter('Invalid character');
  const bytes = new FastBuffer(binding.fromString(data, ids.base64));
  return decode(bytes, ids.latin1, 0, bytes.length);
}

// --- transcode ------------------------------------------------------------------
// ICU-free conversions between utf8, utf16le, latin1 and ascii, giving ICU's
// results as node shows them: '?' for characters the target cannot hold,
// U+FFFD for malformed input, except where ICU fails (malformed UTF-8 to
// UTF-16, unpaired surrogates to UTF-8).

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

const kLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const kLoneSurrogates = new RegExp(kLoneSurrogate.source, 'g');
const kNotLatin1 = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g;
const kNotAscii = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;
// ICU drops default-ignorable code points (soft hyphen, zero-width and
// bidi controls, variation selectors, ...) that the target cannot hold
// instead of writing '?' for them.
const kDefaultIgnorable = new RegExp(
  '^(?:[\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180e\\u200b-\\u200f' +
  '\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff0-\\ufff8]|' +
  '\\ud82f[\\udca0-\\udca3]|\\ud834[\\udd73-\\udd7a]|\\udb40[\\udc00-\\udfff]|' +
  '[\\udb41-\\udb43][\\udc00-\\udfff])$');

function substitute(ch) {
  return kDefaultIgnorable.test(ch) ? '' : '?';
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  const len = source.length;
  let str;
  if (from === 'utf8') {
    if (to === 'utf16le' && !binding.isUtf8(source)) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    str = decode(source, ids.utf8, 0, len);
  } else if (from === 'utf16le') {
    str = decode(source, ids.utf16le, 0, len);
    if (to === 'utf8') {
      if (len < 2 || kLoneSurrogate.test(str)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    } else if (to === 'utf16le') {
      // An odd last byte is one more malformed unit, unless it follows a
      // high surrogate still waiting for its pair: ICU reports both as one.
      const last = str.charCodeAt(str.length - 1);
      const pending = last >= 0xd800 && last <= 0xdbff;
      str = str.replace(kLoneSurrogates, '\ufffd');
      if (len % 2 === 1 && !pending) str += '\ufffd';
    }
  } else {
    str = decode(source, ids.latin1, 0, len);
    if (from === 'ascii' && to !== 'utf16le') str = str.replace(/[\x80-\xff]/g, '\ufffd');
  }
  if (to === 'latin1') str = str.replace(kNotLatin1, substitute);
  else if (to === 'ascii') str = str.replace(kNotAscii, substitute);
  return new FastBuffer(binding.fromString(str, getEncodingOps(to).id));
}

const { Blob, File, resolveObjectURL } = require('internal/buffer_blob');

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
