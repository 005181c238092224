'use strict';
// Symbol.dispose / Symbol.asyncDispose are node 20's registered symbols, and
// readable[Symbol.asyncDispose]() destroys an unfinished Readable with an
// AbortError, resolving with null once it has closed.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

assert.strictEqual(Symbol.asyncDispose, Symbol.for('nodejs.asyncDispose'));
assert.strictEqual(Symbol.dispose, Symbol.for('nodejs.dispose'));
assert.strictEqual(typeof Readable.prototype[Symbol.asyncDispose], 'function');

(async () => {
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  assert.strictEqual(await r[Symbol.asyncDispose](), null);
  assert.strictEqual(r.destroyed, true);

  // An ended stream is destroyed without an error.
  const ended = Readable.from(['a']);
  ended.resume();
  await new Promise((resolve) => ended.on('end', resolve));
  assert.strictEqual(await ended[Symbol.asyncDispose](), null);
  assert.strictEqual(ended.errored, null);
})().then(common.mustCall());
