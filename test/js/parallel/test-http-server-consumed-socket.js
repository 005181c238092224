'use strict';
// A server connection's bytes go straight from the socket handle into the
// parser. socket.bytesRead still counts them, a parse error still carries
// the raw bytes (rawPacket) and bytesParsed, and an upgrade gets the bytes
// after the request as its head.
const assert = require('assert');
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push(['request', req.url, req.socket.bytesRead]);
  res.end('ok');
});
server.on('clientError', (err, socket) => {
  seen.push(['clientError', err.code, err.bytesParsed, err.rawPacket.toString('latin1')]);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.on('upgrade', (req, socket, head) => {
  seen.push(['upgrade', req.url, head.toString()]);
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
});

function send(text) {
  return new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1', () => s.end(text));
    let out = '';
    s.setEncoding('latin1');
    s.on('data', (d) => out += d);
    s.on('close', () => resolve(out));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const get = 'GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  assert.match(await send(get), /^HTTP\/1\.1 200 OK/);
  const bad = 'GET /b HTTP/1.1\r\nHo st: x\r\n\r\n';
  assert.match(await send(bad), /^HTTP\/1\.1 400/);
  const up = 'GET /c HTTP/1.1\r\nHost: x\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nHEAD-BYTES';
  assert.match(await send(up), /^HTTP\/1\.1 101/);
  server.close();
  assert.deepStrictEqual(seen, [
    ['request', '/a', get.length],
    ['clientError', 'HPE_INVALID_HEADER_TOKEN', 19, bad],
    ['upgrade', '/c', 'HEAD-BYTES'],
  ]);
});
