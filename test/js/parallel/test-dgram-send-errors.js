// send() argument errors are thrown synchronously with node's codes; a
// datagram too big for UDP reports EMSGSIZE to the callback with syscall,
// address and port.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 0, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
assert.throws(() => s.send('x', 65536, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(42, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.send([{}], 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.send(Buffer.alloc(2), 3, 0, 1234, '127.0.0.1'),
              { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
assert.throws(() => s.send(Buffer.alloc(2), 1, 2, 1234, '127.0.0.1'),
              { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
assert.throws(() => s.send('x', 1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dgram.createSocket('udp5'), { code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError' });

s.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = s.address();
  s.send(Buffer.alloc(70000), port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.syscall, 'send');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    s.close();
  }));
}));
