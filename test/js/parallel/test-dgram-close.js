// close(cb): 'close' comes on a later tick; a closed socket throws
// ERR_SOCKET_DGRAM_NOT_RUNNING from close/address/send/bind, and ref/unref
// still return the socket.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', common.mustCall(() => {
  let closed = false;
  assert.strictEqual(s.close(common.mustCall(() => { closed = true; })), s);
  assert.strictEqual(closed, false);
  const notRunning = { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' };
  assert.throws(() => s.close(), notRunning);
  assert.throws(() => s.address(), notRunning);
  assert.throws(() => s.send('x', 1234, '127.0.0.1'), notRunning);
  assert.throws(() => s.bind(0), notRunning);
  assert.strictEqual(s.ref(), s);
  assert.strictEqual(s.unref(), s);
  process.nextTick(() => assert.strictEqual(closed, true));
}));
