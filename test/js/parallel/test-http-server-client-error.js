// Bad requests: without a clientError listener the server answers node's
// canned 400 (431 for oversized headers) and closes; with one, the
// listener gets the parse error (code, rawPacket) and the socket.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function exchange(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('end', () => resolve(out));
    c.on('error', () => resolve(out));
    c.write(request);
  });
}

const server = http.createServer(common.mustNotCall());
const listening = http.createServer(common.mustNotCall());
listening.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.match(err.message, /^Parse Error: /);
  assert.ok(Buffer.isBuffer(err.rawPacket));
  assert.strictEqual(err.rawPacket.toString(), 'NOT HTTP\r\n\r\n');
  assert.ok(socket instanceof net.Socket);
  socket.end('HTTP/1.1 418 Nope\r\n\r\n');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  listening.listen(0, '127.0.0.1', common.mustCall(async () => {
    assert.strictEqual(await exchange(server.address().port, 'NOT HTTP\r\n\r\n'),
                       'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    const big = 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n';
    assert.strictEqual(await exchange(server.address().port, big),
                       'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
    assert.strictEqual(await exchange(listening.address().port, 'NOT HTTP\r\n\r\n'),
                       'HTTP/1.1 418 Nope\r\n\r\n');
    server.close();
    listening.close();
  }));
}));
