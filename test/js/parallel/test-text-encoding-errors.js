'use strict';
// Errors: unknown labels, bad options and inputs, and methods or getters
// called on other objects.
const assert = require('node:assert');

assert.throws(() => new TextDecoder('foo'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder(null), { message: 'The "null" encoding is not supported' });
assert.throws(() => new TextDecoder('\u00a0utf-8'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
assert.throws(() => new TextDecoder('iso-8859-16'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
assert.strictEqual(new TextDecoder(' \tUTF8\n').encoding, 'utf-8');
assert.throws(() => new TextDecoder('utf-8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.strictEqual(new TextDecoder('utf-8', null).fatal, false);

const td = new TextDecoder();
for (const bad of ['abc', 5, null, {}]) {
  assert.throws(() => td.decode(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => new TextDecoder('utf-16le').decode(new Uint8Array(2), 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const thisError = (type) => ({
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: `Value of "this" must be of type ${type}`,
});
assert.throws(() => TextDecoder.prototype.decode.call({}), thisError('TextDecoder'));
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  const get = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name).get;
  assert.throws(() => get.call(new TextEncoder()), thisError('TextDecoder'));
}
assert.throws(() => TextEncoder.prototype.encode.call({}), thisError('TextEncoder'));
assert.throws(() => TextEncoder.prototype.encodeInto.call(null, 'a', new Uint8Array(1)),
              thisError('TextEncoder'));
assert.throws(
  () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}),
  thisError('TextEncoder'));
assert.throws(() => TextDecoder(), TypeError);
