// set/get{Recv,Send}BufferSize on a bound socket; sizes that are not uint32
// throw ERR_SOCKET_BAD_BUFFER_SIZE; an unbound socket throws
// ERR_SOCKET_BUFFER_SIZE (a SystemError with info); createSocket's
// recvBufferSize/sendBufferSize apply when the socket binds.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const unbound = dgram.createSocket('udp4');
assert.throws(() => unbound.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.message, 'Could not get or set buffer size: ' +
                     'uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.strictEqual(err.info.code, 'EBADF');
  assert.strictEqual(err.syscall, 'uv_recv_buffer_size');
  assert.strictEqual(typeof err.errno, 'number');
  return true;
});
assert.throws(() => unbound.getSendBufferSize(), { code: 'ERR_SOCKET_BUFFER_SIZE' });
unbound.close();

for (const bad of [-1, 1.5, '1024', null, 2 ** 32]) {
  assert.throws(() => unbound.setRecvBufferSize(bad), {
    code: 'ERR_SOCKET_BAD_BUFFER_SIZE', name: 'TypeError',
    message: 'Buffer size must be a positive integer',
  });
}

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 20000, sendBufferSize: 30000 });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  // Linux reports twice the size asked for (bookkeeping overhead).
  assert.ok(s.getRecvBufferSize() >= 20000);
  assert.ok(s.getSendBufferSize() >= 30000);
  assert.strictEqual(s.setRecvBufferSize(50000), undefined);
  assert.ok(s.getRecvBufferSize() >= 50000);
  s.setSendBufferSize(60000);
  assert.ok(s.getSendBufferSize() >= 60000);
  s.close();
}));
