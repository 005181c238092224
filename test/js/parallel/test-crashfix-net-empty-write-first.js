'use strict';
// An empty write as the first write of a socket (nothing corked yet, so no
// cork buffer exists) used to hand null pointers to memcpy (a UBSan report);
// it must simply send nothing, and later writes arrive intact.
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer((conn) => {
  let got = '';
  conn.setEncoding('latin1');
  conn.on('data', (d) => { got += d; });
  conn.on('end', () => {
    assert.strictEqual(got, 'xyz');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write(Buffer.alloc(0));
    socket.cork();
    socket.write(new Uint8Array(0));
    socket.write('');
    socket.uncork();
    socket.write('x');
    socket.write(Buffer.alloc(0));
    socket.end('yz');
  });
});
