'use strict';
// What _write receives: Buffers with 'buffer' by default, strings with their
// encoding when decodeStrings is false, typed arrays as Buffers over the same
// bytes, and object-mode chunks and encodings untouched.
const assert = require('node:assert');
const { Writable } = require('node:stream');

const got = [];
const w = new Writable({ write(chunk, enc, cb) { got.push([chunk, enc]); cb(); } });
w.write('hi');
w.write('6869', 'hex');
w.write(new Uint16Array([0x201]));
assert.ok(got.every(([c, e]) => Buffer.isBuffer(c) && e === 'buffer'));
assert.deepStrictEqual(got.map(([c]) => [...c]), [[104, 105], [104, 105], [1, 2]]);

const s = [];
const raw = new Writable({
  decodeStrings: false,
  defaultEncoding: 'latin1',
  write(chunk, enc, cb) { s.push([chunk, enc]); cb(); },
});
raw.write('a');
raw.write('b', 'utf16le');
assert.deepStrictEqual(s, [['a', 'latin1'], ['b', 'utf16le']]);

const o = [];
const obj = new Writable({ objectMode: true, write(chunk, enc, cb) { o.push([chunk, enc]); cb(); } });
obj.write({ k: 1 });
obj.write(7, 'hex');
obj.write('text', () => {});
assert.deepStrictEqual(o, [[{ k: 1 }, undefined], [7, 'hex'], ['text', null]]);
assert.strictEqual(obj.writableObjectMode, true);
assert.strictEqual(obj.writableHighWaterMark, 16);

assert.throws(() => new Writable({ defaultEncoding: 'bogus' }), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => new Writable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
