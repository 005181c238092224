// The bytes a response puts on the wire: end(data) alone sends
// Content-Length, write()+end() sends chunked framing, Date and the
// keep-alive headers are added as node adds them, HTTP/1.0 closes.
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
    c.on('end', () => resolve(out.replace(/Date: [^\r]+/g, 'Date: X')));
    c.write(request);
    setTimeout(() => c.end(), 50);
  });
}

const handlers = {
  '/single': (req, res) => res.end('hello'),
  '/chunked': (req, res) => { res.write('ab'); res.end('cde'); },
  '/empty': (req, res) => res.end(),
  '/buffer': (req, res) => res.end(Buffer.from('xyz')),
  '/utf8': (req, res) => res.end('é'),
};

const server = http.createServer((req, res) => handlers[req.url](req, res));
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const get = (p, v = '1.1') => exchange(port, `GET ${p} HTTP/${v}\r\nHost: x\r\n\r\n`);
  const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
  assert.strictEqual(await get('/single'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Content-Length: 5\r\n\r\nhello`);
  assert.strictEqual(await get('/chunked'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Transfer-Encoding: chunked\r\n\r\n` +
                     '2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n');
  assert.strictEqual(await get('/empty'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Content-Length: 0\r\n\r\n`);
  assert.strictEqual(await get('/buffer'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Content-Length: 3\r\n\r\nxyz`);
  assert.strictEqual(await get('/utf8'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}Content-Length: 2\r\n\r\n\xc3\xa9`);
  assert.strictEqual(await get('/single', '1.0'),
                     'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: close\r\n\r\nhello');
  server.close();
}));
