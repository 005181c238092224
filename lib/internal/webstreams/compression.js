// eddy: CompressionStream and DecompressionStream (WHATWG Compression
// Streams), as node 20 builds them: a zlib stream ('gzip', 'deflate',
// 'deflate-raw') seen through the Duplex.toWeb adapter.
'use strict';

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  customInspect,
  isBrand,
  kInspect,
  kState,
  kType,
} = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

let lazyZlib;
function zlib() {
  lazyZlib ??= require('zlib');
  return lazyZlib;
}

class CompressionStream {
  constructor(format) {
    let handle;
    switch (format) {
      case 'deflate': handle = zlib().createDeflate(); break;
      case 'deflate-raw': handle = zlib().createDeflateRaw(); break;
      case 'gzip': handle = zlib().createGzip(); break;
      default: throw new ERR_INVALID_ARG_VALUE('format', format);
    }
    this[kType] = 'CompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(handle);
  }

  get readable() {
    if (!isBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    if (!isBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return customInspect(depth, options, 'CompressionStream', {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    let handle;
    switch (format) {
      case 'deflate': handle = zlib().createInflate(); break;
      case 'deflate-raw': handle = zlib().createInflateRaw(); break;
      case 'gzip': handle = zlib().createGunzip(); break;
      default: throw new ERR_INVALID_ARG_VALUE('format', format);
    }
    this[kType] = 'DecompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(handle);
  }

  get readable() {
    if (!isBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    if (!isBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return customInspect(depth, options, 'DecompressionStream', {
      readable: this.readable,
      writable: this.writable,
    });
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(C.prototype, {
    readable: { enumerable: true },
    writable: { enumerable: true },
    [Symbol.toStringTag]: { value: C.name, configurable: true },
  });
}

module.exports = { CompressionStream, DecompressionStream };
