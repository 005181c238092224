// stream.isDisturbed/isErrored/isReadable answer for web streams too.
'use strict';
const assert = require('assert');
const { isDisturbed, isErrored, isReadable } = require('stream');
const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
assert.strictEqual(isDisturbed(rs), false);
assert.strictEqual(isReadable(rs), true);
rs.getReader().read().then(() => {
  assert.strictEqual(isDisturbed(rs), true);
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  assert.strictEqual(isErrored(errored), true);
});
