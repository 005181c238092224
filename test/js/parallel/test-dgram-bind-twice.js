// A second bind() throws ERR_SOCKET_ALREADY_BOUND, while binding and after;
// bind() returns the socket and bind({port, address}) works like the
// positional form.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.strictEqual(s.bind({ port: 0, address: '127.0.0.1' }), s);
assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', name: 'Error',
                                 message: 'Socket is already bound' });
s.on('listening', common.mustCall(() => {
  assert.strictEqual(s.address().address, '127.0.0.1');
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });
  s.close();
}));
