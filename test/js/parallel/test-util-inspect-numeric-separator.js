'use strict';
// util.inspect numericSeparator option.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([123456789, -123456789.123456, 1e21, 0.000001234, 1234.5678, 123, NaN, -0], { numericSeparator: true }),
  '[\n' +
    '  123_456_789,\n' +
    '  -123_456_789.123_456,\n' +
    '  1e+21,\n' +
    '  0.000_001_234,\n' +
    '  1_234.567_8,\n' +
    '  123,\n' +
    '  NaN,\n' +
    '  0\n' +
    ']');
assert.strictEqual(
  util.inspect([1_000_000n, -1234n, 123n], { numericSeparator: true }),
  '[ 1_000_000n, -1_234n, 123n ]');
assert.strictEqual(
  util.inspect(1234567, { numericSeparator: true }),
  '1_234_567');
assert.strictEqual(
  util.inspect(new Int32Array([1234567]), { numericSeparator: true }),
  'Int32Array(1) [ 1_234_567 ]');
