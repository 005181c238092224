'use strict';
// Bad input: unknown encodings, non-buffer chunks and foreign `this`
// throw node's errors; null/undefined/'' select utf8.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

assert.throws(() => new StringDecoder('foo'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: foo',
});
assert.throws(() => new StringDecoder(5), { code: 'ERR_UNKNOWN_ENCODING' });
for (const enc of [undefined, null, '', 'utf8', 'UTF-8']) {
  assert.strictEqual(new StringDecoder(enc).encoding, 'utf8');
}

const d = new StringDecoder();
for (const bad of [5, null, {}, [1, 2], true]) {
  assert.throws(() => d.write(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "buf" argument must be an instance of Buffer, TypedArray, or DataView\./,
  });
}
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});
assert.throws(() => StringDecoder.prototype.end.call({}), TypeError);
