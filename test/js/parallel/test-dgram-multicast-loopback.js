// Multicast calls on the loopback interface: setMulticastInterface,
// add/dropMembership (a second join is EADDRINUSE, a second drop
// EADDRNOTAVAIL), source-specific membership; argument errors.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.addMembership(), {
  code: 'ERR_MISSING_ARGS', message: 'The "multicastAddress" argument must be specified',
});
assert.throws(() => s.dropMembership(''), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => s.setMulticastInterface(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.addSourceSpecificMembership(5, '232.1.1.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.dropSourceSpecificMembership('127.0.0.1', null),
              { code: 'ERR_INVALID_ARG_TYPE' });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  s.setMulticastInterface('127.0.0.1');
  assert.throws(() => s.setMulticastInterface('bogus'),
                { code: 'EINVAL', syscall: 'setMulticastInterface' });
  s.addMembership('224.0.0.114', '127.0.0.1');
  assert.throws(() => s.addMembership('224.0.0.114', '127.0.0.1'),
                { code: 'EADDRINUSE', syscall: 'addMembership' });
  s.dropMembership('224.0.0.114', '127.0.0.1');
  assert.throws(() => s.dropMembership('224.0.0.114', '127.0.0.1'),
                { code: 'EADDRNOTAVAIL', syscall: 'dropMembership' });
  assert.throws(() => s.addMembership('127.0.0.1'), { code: 'EINVAL' });
  s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1');
  s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1');
  s.close();
}));
