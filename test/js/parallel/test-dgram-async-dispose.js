// socket[Symbol.asyncDispose]() closes the socket and resolves after
// 'close'; on a closed socket it resolves at once.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
let closed = false;
s.on('close', common.mustCall(() => { closed = true; }));
s.bind(0, '127.0.0.1', common.mustCall(async () => {
  const p = s[Symbol.asyncDispose]();
  assert.ok(p instanceof Promise);
  await p;
  assert.strictEqual(closed, true);
  await s[Symbol.asyncDispose]();
}));
