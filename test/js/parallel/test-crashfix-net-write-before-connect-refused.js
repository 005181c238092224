'use strict';
// A write queued while a socket is still connecting must settle when the
// connection fails: its callback gets ERR_SOCKET_CLOSED_BEFORE_CONNECTION
// (it used to be lost), once, before the socket's own 'close' listeners.
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const events = [];
    const socket = net.connect(port, '127.0.0.1');
    socket.write('hello', (err) => {
      events.push(`write:${err && err.code}`);
    });
    socket.on('error', (err) => events.push(`error:${err.code}`));
    socket.on('close', () => {
      events.push('close');
      setImmediate(() => {
        assert.deepStrictEqual(events, [
          'error:ECONNREFUSED',
          'write:ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
          'close',
        ]);
      });
    });
  });
});
