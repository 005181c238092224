'use strict';
// util.inspect prints an error cause, including non-error causes.
const assert = require('node:assert');
const util = require('node:util');

function withStack(err, stack) { err.stack = stack; return err; }

assert.strictEqual(
  util.inspect(withStack(new Error('outer', { cause: 'str' }), 'Error: outer')),
  "[Error: outer] { [cause]: 'str' }");
assert.strictEqual(
  util.inspect(withStack(new Error('outer', { cause: { code: 1 } }), 'Error: outer\n    at f (g.js:1:1)')),
  'Error: outer\n' +
    '    at f (g.js:1:1) {\n' +
    '  [cause]: { code: 1 }\n' +
    '}');
assert.strictEqual(
  util.inspect(withStack(new Error('outer', { cause: withStack(new Error('inner'), 'Error: inner') }), 'Error: outer')),
  '[Error: outer] { [cause]: [Error: inner] }');
assert.strictEqual(
  util.inspect(withStack(new Error('outer', { cause: undefined }), 'Error: outer')),
  '[Error: outer] { [cause]: undefined }');
assert.strictEqual(
  util.inspect((() => { const e = withStack(new Error('loop'), 'Error: loop'); e.cause = e; return e; })()),
  '<ref *1> [Error: loop] { cause: [Circular *1] }');
