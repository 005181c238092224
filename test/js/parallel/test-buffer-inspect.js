'use strict';
// util.inspect and console.log show buffers as `<Buffer 68 69>`: at most
// INSPECT_MAX_BYTES bytes, then a count of the rest, then own non-index
// properties. INSPECT_MAX_BYTES is validated when set.
const assert = require('node:assert');
const util = require('node:util');
const buffer = require('node:buffer');

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.format(Buffer.from('a')), '<Buffer 61>');
assert.strictEqual(util.format('%s', Buffer.from('a')), 'a');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
                   `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)),
                   `<Buffer ${'00 '.repeat(50)}... 10 more bytes>`);
assert.strictEqual(util.inspect([Buffer.from('a')]), '[ <Buffer 61> ]');
assert.strictEqual(util.inspect({ b: Buffer.from('abc') }), '{ b: <Buffer 61 62 63> }');

const extra = Buffer.from('hi');
extra.foo = 1;
extra[Symbol('s')] = 'x';
assert.strictEqual(util.inspect(extra), "<Buffer 68 69, foo: 1, [Symbol(s)]: 'x'>");
const empty = Buffer.alloc(0);
empty.x = 'y';
assert.strictEqual(util.inspect(empty), "<Buffer x: 'y'>");
const hidden = Buffer.from('a');
Object.defineProperty(hidden, 'secret', { value: 1, enumerable: false });
assert.strictEqual(util.inspect(hidden), '<Buffer 61>');
assert.strictEqual(util.inspect(hidden, { showHidden: true }), '<Buffer 61, secret: 1>');

assert.strictEqual(util.inspect(Buffer.from('ab'), { customInspect: false }),
                   'Buffer(2) [Uint8Array] [ 97, 98 ]');
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[util.inspect.custom]);

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from('a')), '<Buffer  ... 1 more byte>');
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "INSPECT_MAX_BYTES" argument must be of type number. Received type string (\'1\')',
});
buffer.INSPECT_MAX_BYTES = 50;
