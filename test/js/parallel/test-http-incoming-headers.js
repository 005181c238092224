// req.headers joins repeated headers as node does (', ' for most, '; ' for
// cookie, an array for set-cookie, first value for content-type and the
// like); rawHeaders keeps every line; headersDistinct keeps every value.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.deepStrictEqual(req.headers, {
    'host': 'x',
    'accept': 'a, b',
    'x-custom': '1, 2',
    'cookie': 'a=1; b=2',
    'set-cookie': ['s=1', 's=2'],
    'content-type': 'text/plain',
    'authorization': 'first',
    'user-agent': 'ua1',
  });
  assert.deepStrictEqual(req.rawHeaders, [
    'Host', 'x', 'Accept', 'a', 'accept', 'b', 'X-Custom', '1', 'x-custom', '2',
    'Cookie', 'a=1', 'Cookie', 'b=2', 'Set-Cookie', 's=1', 'Set-Cookie', 's=2',
    'Content-Type', 'text/plain', 'Content-Type', 'text/html',
    'Authorization', 'first', 'Authorization', 'second',
    'User-Agent', 'ua1', 'User-Agent', 'ua2',
  ]);
  assert.deepStrictEqual(req.headersDistinct['content-type'], ['text/plain', 'text/html']);
  assert.deepStrictEqual(req.headersDistinct.accept, ['a', 'b']);
  res.end();
}));

const joining = http.createServer({ joinDuplicateHeaders: true }, common.mustCall((req, res) => {
  assert.strictEqual(req.headers.authorization, 'first, second');
  assert.strictEqual(req.headers['content-type'], 'text/plain, text/html');
  res.end();
}));

const request = 'GET / HTTP/1.1\r\nHost: x\r\nAccept: a\r\naccept: b\r\nX-Custom: 1\r\n' +
  'x-custom: 2\r\nCookie: a=1\r\nCookie: b=2\r\nSet-Cookie: s=1\r\nSet-Cookie: s=2\r\n' +
  'Content-Type: text/plain\r\nContent-Type: text/html\r\nAuthorization: first\r\n' +
  'Authorization: second\r\nUser-Agent: ua1\r\nUser-Agent: ua2\r\nConnection: close\r\n\r\n';

function send(srv) {
  return new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1');
    c.write(request.replace('Connection: close\r\n', ''));
    c.on('data', () => c.end());
    c.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  joining.listen(0, '127.0.0.1', common.mustCall(async () => {
    await send(server);
    await send(joining);
    server.close();
    joining.close();
  }));
}));
