// Slowloris: a client that drips its request head one byte at a time
// keeps the connection busy but never finishes the headers. With a small
// headersTimeout the server answers 408 and closes once the connections
// check runs, although bytes keep arriving; with a clientError listener
// the listener gets ERR_HTTP_REQUEST_TIMEOUT and a still-writable socket
// (then HPE_INVALID_EOF_STATE when the client's FIN cuts the head short).
// A well-behaved client is served in the meantime and afterwards.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const options = { headersTimeout: 150, requestTimeout: 1000, connectionsCheckingInterval: 20 };
const head = 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(500);

function drip(port) {
  return new Promise((resolve) => {
    const start = Date.now();
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    let i = 0;
    c.on('data', (d) => out += d.toString('latin1'));
    c.on('error', common.mustNotCall());
    const timer = setInterval(() => {
      if (i < head.length) c.write(head[i++]);
    }, 10);
    c.on('close', () => {
      clearInterval(timer);
      // It was still sending (not idle) when the server gave up.
      assert.ok(i < head.length);
      resolve({ out, elapsed: Date.now() - start });
    });
  });
}

function good(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/good', agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

function handler(req, res) {
  assert.strictEqual(req.url, '/good');
  res.end('fine');
}

const plain = http.createServer(options, common.mustCall(handler, 2));
const listening = http.createServer(options, common.mustCall(handler, 1));
const clientErrors = [];
listening.on('clientError', (err, socket) => {
  clientErrors.push([err.code, err.message, socket.writable]);
  if (socket.writable) socket.end('HTTP/1.1 408 Go Away\r\n\r\n');
});

plain.listen(0, '127.0.0.1', common.mustCall(() => {
  listening.listen(0, '127.0.0.1', common.mustCall(async () => {
    const port = plain.address().port;
    const slow = drip(port);
    // Served while the slow client hangs on.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.strictEqual(await good(port), 'fine');
    const { out, elapsed } = await slow;
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    assert.ok(elapsed >= 140, `closed after ${elapsed} ms`);
    assert.strictEqual(await good(port), 'fine');

    const r = await drip(listening.address().port);
    assert.strictEqual(r.out, 'HTTP/1.1 408 Go Away\r\n\r\n');
    // The client's FIN then ends the half-read head: a second clientError.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepStrictEqual(clientErrors, [
      ['ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', true],
      ['HPE_INVALID_EOF_STATE', 'Parse Error', false],
    ]);
    assert.strictEqual(await good(listening.address().port), 'fine');
    plain.close();
    listening.close();
  }));
}));
