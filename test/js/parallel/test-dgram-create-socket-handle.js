// dgram._createSocketHandle(address, port, type, fd, flags) (deprecated,
// DEP0112) gives a bound UDP handle or a negative errno (EINVAL for an fd
// that is not a UDP socket, EADDRINUSE for a taken port), and
// socket.bind(handle) adopts a handle: the socket listens on its address.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.message, 'dgram._createSocketHandle() is deprecated');
  assert.strictEqual(w.code, 'DEP0112');
}));
assert.throws(() => dgram._createSocketHandle('127.0.0.1', 0, 'udp5', -1, 0),
              { code: 'ERR_SOCKET_BAD_TYPE' });
const notUdp = dgram._createSocketHandle('127.0.0.1', 0, 'udp4', 1, 0);
assert.strictEqual(typeof notUdp, 'number');
assert.ok(notUdp < 0);
const handle = dgram._createSocketHandle('127.0.0.1', 0, 'udp4', -1, 0);
assert.strictEqual(typeof handle, 'object');
const taken = {};
assert.strictEqual(handle.getsockname(taken), 0);
const inUse = dgram._createSocketHandle('127.0.0.1', taken.port, 'udp4', -1, 0);
assert.strictEqual(typeof inUse, 'number');
assert.ok(inUse < 0);

const s = dgram.createSocket('udp4');
s.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'adopted');
  s.close();
}));
s.bind(handle, common.mustCall(() => {
  assert.deepStrictEqual(s.address(), { address: '127.0.0.1', family: 'IPv4', port: taken.port });
  s.send('adopted', taken.port, '127.0.0.1');
}));
