// eddy: the pieces of Buffer other built-ins share (node's
// lib/internal/buffer.js): FastBuffer, the Uint8Array subclass every Buffer
// really is, and the prototype methods that read and write numbers (ints of
// 1 to 6 bytes, 64-bit bigints, floats, doubles) and the per-encoding
// xxxSlice/xxxWrite methods. Range errors carry node's exact wording; the
// number methods are plain JS on purpose, the JIT makes them cheap.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_STRING_TOO_LONG,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // The one-argument super call is much cheaper in SpiderMonkey than one
  // with trailing undefineds, and `new FastBuffer(n)` is the common case.
  constructor(bufferOrLength, byteOffset, length) {
    if (byteOffset === undefined) super(bufferOrLength);
    else super(bufferOrLength, byteOffset, length);
  }
}

// --- errors ------------------------------------------------------------------

// An error with a `code` but a free-form message, as node's C++ layer throws.
function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `offset .. offset + last` must be inside buf.
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// The range text of a value error: exact bounds up to 4 bytes, powers of two
// beyond (`last` is the byte count minus one).
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = (last + 1) * 8;
    let range;
    if (last > 3) {
      range = (min === 0 || min === 0n) ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// --- integers ----------------------------------------------------------------

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return (v << 24) >> 24;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a | (b << 8);
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return (a << 8) | b;
}

function readInt16LE(offset = 0) {
  return (readUInt16LE.call(this, offset) << 16) >> 16;
}

function readInt16BE(offset = 0) {
  return (readUInt16BE.call(this, offset) << 16) >> 16;
}

function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
}

function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

// 1 to 6 bytes as an unsigned number; the caller checked byteLength.
function readUnsigned(buf, offset, byteLength, littleEndian) {
  checkBounds(buf, offset, byteLength - 1);
  let v = 0;
  if (littleEndian) {
    for (let i = byteLength - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < byteLength; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function readSigned(buf, offset, byteLength, littleEndian) {
  const v = readUnsigned(buf, offset, byteLength, littleEndian);
  const top = 2 ** (byteLength * 8 - 1);
  return v >= top ? v - top * 2 : v;
}

function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readUnsigned(this, offset, byteLength, true);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readUnsigned(this, offset, byteLength, false);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readSigned(this, offset, byteLength, true);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readSigned(this, offset, byteLength, false);
}

function writeByte(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Stores `value` (already range-checked) in byteLength bytes. Bytes past the
// low 32 bits come from the value divided down, so 48-bit values and negative
// numbers (two's complement) both work.
function storeInt(buf, value, offset, byteLength, littleEndian) {
  let lo = value;
  let hi = Math.floor(value / 2 ** 32);
  for (let i = 0; i < byteLength; i++) {
    const pos = littleEndian ? offset + i : offset + byteLength - 1 - i;
    if (i < 4) {
      buf[pos] = lo;
      lo >>>= 8;
    } else {
      buf[pos] = hi;
      hi >>>= 8;
    }
  }
  return offset + byteLength;
}

function writeInt(buf, value, offset, byteLength, littleEndian, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, byteLength - 1);
  return storeInt(buf, value, offset, byteLength, littleEndian);
}

function writeUInt8(value, offset = 0) {
  return writeByte(this, value, offset, 0, 0xff);
}

function writeInt8(value, offset = 0) {
  return writeByte(this, value, offset, -0x80, 0x7f);
}

// Two's complement bytes come out of the typed array's modulo-256 store and
// `>>>` on negative numbers, so signed and unsigned share these.
function write16(buf, value, offset, littleEndian, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  if (littleEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
  } else {
    buf[offset] = value >>> 8;
    buf[offset + 1] = value;
  }
  return offset + 2;
}

function write32(buf, value, offset, littleEndian, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  if (littleEndian) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}

function writeUInt16LE(value, offset = 0) {
  return write16(this, value, offset, true, 0, 0xffff);
}

function writeUInt16BE(value, offset = 0) {
  return write16(this, value, offset, false, 0, 0xffff);
}

function writeInt16LE(value, offset = 0) {
  return write16(this, value, offset, true, -0x8000, 0x7fff);
}

function writeInt16BE(value, offset = 0) {
  return write16(this, value, offset, false, -0x8000, 0x7fff);
}

function writeUInt32LE(value, offset = 0) {
  return write32(this, value, offset, true, 0, 0xffffffff);
}

function writeUInt32BE(value, offset = 0) {
  return write32(this, value, offset, false, 0, 0xffffffff);
}

function writeInt32LE(value, offset = 0) {
  return write32(this, value, offset, true, -0x80000000, 0x7fffffff);
}

function writeInt32BE(value, offset = 0) {
  return write32(this, value, offset, false, -0x80000000, 0x7fffffff);
}

function writeVariable(buf, value, offset, byteLength, littleEndian, signed) {
  if (byteLength === 1) {
    return signed ? writeByte(buf, value, offset, -0x80, 0x7f) :
      writeByte(buf, value, offset, 0, 0xff);
  }
  checkByteLength(byteLength);
  const bits = byteLength * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  return writeInt(buf, value, offset, byteLength, littleEndian, min, max);
}

function writeUIntLE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, true, false);
}

function writeUIntBE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, false, false);
}

function writeIntLE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, true, true);
}

function writeIntBE(value, offset, byteLength) {
  return writeVariable(this, value, offset, byteLength, false, true);
}

// --- 64-bit bigints ----------------------------------------------------------

function readHalves(buf, offset) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) {
    boundsError(offset, buf.length - 8);
  }
}

function readBigUInt64LE(offset = 0) {
  readHalves(this, offset);
  const lo = readUInt32LE.call(this, offset);
  const hi = readUInt32LE.call(this, offset + 4);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function readBigUInt64BE(offset = 0) {
  readHalves(this, offset);
  const hi = readUInt32BE.call(this, offset);
  const lo = readUInt32BE.call(this, offset + 4);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  readHalves(this, offset);
  const lo = readUInt32LE.call(this, offset);
  const hi = readInt32LE.call(this, offset + 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  readHalves(this, offset);
  const hi = readInt32BE.call(this, offset);
  const lo = readUInt32BE.call(this, offset + 4);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (littleEndian) {
    storeInt(buf, lo, offset, 4, true);
    storeInt(buf, hi, offset + 4, 4, true);
  } else {
    storeInt(buf, hi, offset, 4, false);
    storeInt(buf, lo, offset + 4, 4, false);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

// --- floats ------------------------------------------------------------------

// Scratch views over one 8-byte buffer turn bytes into floats and back.
const scratch = new ArrayBuffer(8);
const f32 = new Float32Array(scratch);
const f64 = new Float64Array(scratch);
const bytes = new Uint8Array(scratch);
f32[0] = -1;
const hostLittleEndian = bytes[3] === 0xbf;

function loadFloat(buf, offset, size, littleEndian) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  const forwards = littleEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) {
    bytes[forwards ? i : size - 1 - i] = buf[offset + i];
  }
}

function storeFloat(buf, offset, size, littleEndian) {
  checkBounds(buf, offset, size - 1);
  const forwards = littleEndian === hostLittleEndian;
  for (let i = 0; i < size; i++) {
    buf[offset + i] = bytes[forwards ? i : size - 1 - i];
  }
  return offset + size;
}

// "Forwards" is the host's byte order, "backwards" the other one; which of
// them is LE depends on the host, as in node.
function readFloatForwards(offset = 0) {
  loadFloat(this, offset, 4, hostLittleEndian);
  return f32[0];
}

function readFloatBackwards(offset = 0) {
  loadFloat(this, offset, 4, !hostLittleEndian);
  return f32[0];
}

function readDoubleForwards(offset = 0) {
  loadFloat(this, offset, 8, hostLittleEndian);
  return f64[0];
}

function readDoubleBackwards(offset = 0) {
  loadFloat(this, offset, 8, !hostLittleEndian);
  return f64[0];
}

function writeFloatForwards(value, offset = 0) {
  f32[0] = +value;
  return storeFloat(this, offset, 4, hostLittleEndian);
}

function writeFloatBackwards(value, offset = 0) {
  f32[0] = +value;
  return storeFloat(this, offset, 4, !hostLittleEndian);
}

function writeDoubleForwards(value, offset = 0) {
  f64[0] = +value;
  return storeFloat(this, offset, 8, hostLittleEndian);
}

function writeDoubleBackwards(value, offset = 0) {
  f64[0] = +value;
  return storeFloat(this, offset, 8, !hostLittleEndian);
}

const floatMethods = hostLittleEndian ? {
  readFloatLE: readFloatForwards, readFloatBE: readFloatBackwards,
  readDoubleLE: readDoubleForwards, readDoubleBE: readDoubleBackwards,
  writeFloatLE: writeFloatForwards, writeFloatBE: writeFloatBackwards,
  writeDoubleLE: writeDoubleForwards, writeDoubleBE: writeDoubleBackwards,
} : {
  readFloatLE: readFloatBackwards, readFloatBE: readFloatForwards,
  readDoubleLE: readDoubleBackwards, readDoubleBE: readDoubleForwards,
  writeFloatLE: writeFloatBackwards, writeFloatBE: writeFloatForwards,
  writeDoubleLE: writeDoubleBackwards, writeDoubleBE: writeDoubleForwards,
};

// --- xxxSlice / xxxWrite -----------------------------------------------------
// Public but undocumented; node implements them in C++ and checks arguments
// with its C++ wording ("argument must be a buffer", "Index out of range").

// Any ArrayBufferView will do (DataView too), as in node's C++.
function assertBufferThis(self) {
  if (!ArrayBuffer.isView(self)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

// An index argument as node's C++ reads it: integer, not negative.
function arrayIndex(value, def) {
  if (value === undefined) return def;
  let n = Math.trunc(+value);
  if (Number.isNaN(n)) n = 0;
  if (n < 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

// Short results are carved from the binding's string arena (see
// src/bindings/buffer/buffer.cc).
const stringArena = binding.stringArena;

function decode(buf, id, start, end) {
  const s = binding.toString(buf, id, start, end, stringArena);
  if (s === undefined) {
    throw new ERR_STRING_TOO_LONG(binding.kStringMaxLength.toString(16));
  }
  return s;
}

function makeSlice(id, name) {
  const fn = {
    [name](start, end) {
      assertBufferThis(this);
      const len = this.byteLength;
      if (len === 0) return '';
      start = arrayIndex(start, 0);
      end = arrayIndex(end, len);
      if (end < start) end = start;
      if (end > len) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return decode(this, id, start, end);
    },
  }[name];
  Object.defineProperty(fn, 'length', { value: 0 });
  return fn;
}

function makeWrite(id, name) {
  const fn = {
    [name](string, offset, length) {
      assertBufferThis(this);
      if (typeof string !== 'string') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const len = this.byteLength;
      offset = arrayIndex(offset, 0);
      if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      length = arrayIndex(length, len - offset);
      if (length > len - offset) length = len - offset;
      if (length === 0) return 0;
      return binding.write(this, string, offset, length, id);
    },
  }[name];
  Object.defineProperty(fn, 'length', { value: 0 });
  return fn;
}

function addBufferPrototypeMethods(proto) {
  const e = binding.encodings;
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,

    readUIntLE, readUInt32LE, readUInt16LE, readUInt8,
    readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,

    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8,
    writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
    writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,

    readFloatLE: floatMethods.readFloatLE,
    readFloatBE: floatMethods.readFloatBE,
    readDoubleLE: floatMethods.readDoubleLE,
    readDoubleBE: floatMethods.readDoubleBE,
    writeFloatLE: floatMethods.writeFloatLE,
    writeFloatBE: floatMethods.writeFloatBE,
    writeDoubleLE: floatMethods.writeDoubleLE,
    writeDoubleBE: floatMethods.writeDoubleBE,

    asciiSlice: makeSlice(e.ascii, 'asciiSlice'),
    base64Slice: makeSlice(e.base64, 'base64Slice'),
    base64urlSlice: makeSlice(e.base64url, 'base64urlSlice'),
    latin1Slice: makeSlice(e.latin1, 'latin1Slice'),
    hexSlice: makeSlice(e.hex, 'hexSlice'),
    ucs2Slice: makeSlice(e.utf16le, 'ucs2Slice'),
    utf8Slice: makeSlice(e.utf8, 'utf8Slice'),
    asciiWrite: makeWrite(e.ascii, 'asciiWrite'),
    base64Write: makeWrite(e.base64, 'base64Write'),
    base64urlWrite: makeWrite(e.base64url, 'base64urlWrite'),
    latin1Write: makeWrite(e.latin1, 'latin1Write'),
    hexWrite: makeWrite(e.hex, 'hexWrite'),
    ucs2Write: makeWrite(e.utf16le, 'ucs2Write'),
    utf8Write: makeWrite(e.utf8, 'utf8Write'),
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  codedError,
  decode,
};
