// eddy: ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams
// §7), as node's lib/internal/webstreams/queuingstrategies.js shapes them:
// the highWaterMark is kept as given (a number), `size` is one shared
// function per class.
'use strict';

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { customInspect, isBrand, kInspect, kState, kType } = require('internal/webstreams/util');

// The functions `size` returns (shared by every instance, as the spec asks).
const byteSize = {
  size(chunk) { return chunk.byteLength; },
}.size;
const countSize = {
  size() { return 1; },
}.size;

function checkInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    const highWaterMark = checkInit(init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return byteSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    const highWaterMark = checkInit(init);
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (!isBrand(this, 'CountQueuingStrategy')) {
      throw new ERR_INVALID_THIS('CountQueuingStrategy');
    }
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'CountQueuingStrategy')) {
      throw new ERR_INVALID_THIS('CountQueuingStrategy');
    }
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(C.prototype, {
    highWaterMark: { enumerable: true },
    size: { enumerable: true },
    [Symbol.toStringTag]: { value: C.name, configurable: true },
  });
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  byteSize,
  countSize,
};
