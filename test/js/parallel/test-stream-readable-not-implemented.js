'use strict';
// A Readable without _read fails with ERR_METHOD_NOT_IMPLEMENTED through
// 'error'; the web-stream adapters throw.
const assert = require('node:assert');
const { Readable, Writable, Duplex } = require('node:stream');
const common = require('../../common');

const r = new Readable();
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.strictEqual(err.message, 'The _read() method is not implemented');
}));
r.read();

for (const fn of [Readable.fromWeb, Readable.toWeb, Writable.fromWeb, Writable.toWeb,
  Duplex.fromWeb, Duplex.toWeb]) {
  assert.strictEqual(typeof fn, 'function');
  assert.throws(() => fn());
}
