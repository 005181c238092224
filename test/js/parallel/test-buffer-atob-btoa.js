'use strict';
// atob/btoa (globals and node:buffer exports): forgiving base64 with
// DOMException InvalidCharacterError for bad input, Latin-1 strings only.
const assert = require('node:assert');
const buffer = require('node:buffer');

assert.strictEqual(atob, buffer.atob);
assert.strictEqual(btoa, buffer.btoa);
assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa('\u00ff\u0000'), '/wA=');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(''), '');
assert.strictEqual(atob('YWJj'), 'abc');
assert.strictEqual(atob(' Y W\tJ\nj\f\r'), 'abc');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob('YQ=='), 'a');
assert.strictEqual(atob('YWI='), 'ab');
assert.strictEqual(atob('AB = ='), '\u0000');
assert.strictEqual(atob('/w=='), '\u00ff');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob(null), '\u009e\u00e9e');

function invalid(fn, message) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    return true;
  });
}
for (const bad of ['YQ=', 'YQ===', 'Y=Q=', 'YW-J', 'YW_J', 'YW\vJj', 'ABCD=', '=', 'A*', 'a\u00e9']) {
  invalid(() => atob(bad), 'Invalid character');
}
for (const bad of ['Y', 'A=', 'A==', 'ABCDE', 'ABCDE==']) {
  invalid(() => atob(bad), 'The string to be decoded is not correctly encoded.');
}
invalid(() => btoa('\u0100'), 'Invalid character');
invalid(() => btoa('a\u{1f600}'), 'Invalid character');

for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "input" argument must be specified',
  });
}
