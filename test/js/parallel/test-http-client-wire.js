// The bytes a ClientRequest writes: request line, headers in the order
// set, Host, Connection, and body framing (Content-Length when given,
// chunked for a streamed POST, none for GET); raw header arrays go out
// verbatim.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const received = [];
const server = net.createServer((s) => {
  let data = '';
  s.setEncoding('latin1');
  s.on('data', (d) => {
    data += d;
    if (/\r\n\r\n/.test(data) && (!/chunked/.test(data) || data.endsWith('0\r\n\r\n')) &&
        (!/Content-Length: 3/.test(data) || data.endsWith('abc'))) {
      received.push(data);
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
  });
});

function send(options, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false, ...options },
                             (res) => { res.resume(); res.on('end', resolve); });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const p = server.address().port;
  await send({ path: '/x', headers: { 'X-One': '1' } });
  await send({ method: 'POST', path: '/p' }, 'hello');
  await send({ method: 'POST', headers: { 'Content-Length': 3 } }, 'abc');
  await send({ method: 'PATCH', headers: ['X-Raw', 'a', 'x-raw', 'b', 'Host', 'h'] });
  assert.deepStrictEqual(received, [
    `GET /x HTTP/1.1\r\nX-One: 1\r\nHost: 127.0.0.1:${p}\r\nConnection: close\r\n\r\n`,
    `POST /p HTTP/1.1\r\nHost: 127.0.0.1:${p}\r\nConnection: close\r\n` +
      'Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    `POST / HTTP/1.1\r\nContent-Length: 3\r\nHost: 127.0.0.1:${p}\r\nConnection: close\r\n\r\nabc`,
    'PATCH / HTTP/1.1\r\nX-Raw: a\r\nx-raw: b\r\nHost: h\r\nConnection: close\r\n' +
      'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  ]);
  server.close();
}));
