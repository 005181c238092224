'use strict';
// assert() writes `Assertion failed` (plus the formatted message) to stderr
// when the condition is falsy, and never throws.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
let err = '';
const c = new Console({
  stdout: { write(chunk) { out += chunk; } },
  stderr: { write(chunk) { err += chunk; } },
  ignoreErrors: false,
  colorMode: false,
});

c.assert(true, 'not shown');
c.assert(1);
c.assert({});
c.assert(false);
c.assert(0, 'zero %s=%d', 'n', 5);
c.assert(null, 'a', 'b', { c: 1 });
c.assert('', { an: 'object' });
c.assert(undefined, '%s');
c.assert();

assert.strictEqual(out, '');
assert.strictEqual(err,
  'Assertion failed\n' +
  'Assertion failed: zero n=5\n' +
  "Assertion failed: a b { c: 1 }\n" +
  'Assertion failed: [object Object]\n' +
  'Assertion failed: %s\n' +
  'Assertion failed\n');
