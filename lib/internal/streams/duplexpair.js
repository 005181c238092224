// eddy: stream.duplexPair([options]) — two connected Duplex streams: what is
// written to one is read from the other. A write is acknowledged only once
// the other side wants more data, so back-pressure crosses over.
'use strict';

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
// The write callback waiting for the other side's _read.
const kWaiting = Symbol('kWaiting');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kOther] = null;
    this[kWaiting] = null;
  }

  _read() {
    const callback = this[kWaiting];
    if (callback) {
      this[kWaiting] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    const other = this[kOther];
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    other.push(chunk);
    // The other side's _read releases it.
    other[kWaiting] = callback;
  }

  _final(callback) {
    const other = this[kOther];
    other.on('end', callback);
    other.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
