'use strict';
// util.inspect of ArrayBuffer and SharedArrayBuffer shows [Uint8Contents] and byteLength.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(new Uint8Array([1, 2, 255, 16]).buffer),
  'ArrayBuffer { [Uint8Contents]: <01 02 ff 10>, byteLength: 4 }');
assert.strictEqual(
  util.inspect(new ArrayBuffer(0)),
  'ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }');
assert.strictEqual(
  util.inspect(new ArrayBuffer(120)),
  'ArrayBuffer {\n' +
    '  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,\n' +
    '  byteLength: 120\n' +
    '}');
assert.strictEqual(
  util.inspect(new ArrayBuffer(10), { maxArrayLength: 4 }),
  'ArrayBuffer {\n' +
    '  [Uint8Contents]: <00 00 00 00 ... 6 more bytes>,\n' +
    '  byteLength: 10\n' +
    '}');
assert.strictEqual(
  util.inspect((() => { const ab = new ArrayBuffer(3); ab.x = 1; return ab; })()),
  'ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3, x: 1 }');
assert.strictEqual(
  util.inspect(new SharedArrayBuffer(4)),
  'SharedArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }');
assert.strictEqual(
  util.inspect({ buf: new ArrayBuffer(2) }),
  '{ buf: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } }');
