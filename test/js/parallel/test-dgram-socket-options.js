// setTTL/setMulticastTTL validate a number and return it (EINVAL out of
// range, as errnoException with syscall); setBroadcast and
// setMulticastLoopback work on a bound socket; on an unbound one they throw
// EBADF.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.setTTL(5), { code: 'EBADF', syscall: 'setTTL', message: 'setTTL EBADF' });
assert.throws(() => s.setBroadcast(true), { code: 'EBADF', syscall: 'setBroadcast' });
assert.throws(() => s.setTTL('5'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setMulticastTTL({}), { code: 'ERR_INVALID_ARG_TYPE' });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(s.setTTL(64), 64);
  assert.throws(() => s.setTTL(0), { code: 'EINVAL', syscall: 'setTTL' });
  assert.throws(() => s.setTTL(256), { code: 'EINVAL' });
  assert.throws(() => s.setTTL(1e20), { code: 'EINVAL' });
  assert.strictEqual(s.setMulticastTTL(0), 0);
  assert.strictEqual(s.setMulticastTTL(255), 255);
  assert.throws(() => s.setMulticastTTL(256), { code: 'EINVAL', syscall: 'setMulticastTTL' });
  assert.strictEqual(s.setBroadcast(true), undefined);
  s.setBroadcast(false);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  assert.strictEqual(s.setMulticastLoopback(0), 0);
  s.close();
}));
