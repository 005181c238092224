// A client that sends its headers and then drips the body slower than
// requestTimeout allows: once the connections check sees the request
// still incomplete, the server answers 408 and closes; the request emits
// 'aborted', ECONNRESET 'aborted' and 'close' (never 'end'), the response
// 'close' without 'finish'. Another client is served meanwhile.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer({
  headersTimeout: 100,
  requestTimeout: 250,
  connectionsCheckingInterval: 20,
}, (req, res) => {
  if (req.url === '/good') {
    res.end('fine');
    return;
  }
  let got = 0;
  req.on('data', (d) => got += d.length);
  req.on('end', common.mustNotCall());
  req.on('aborted', () => events.push('aborted'));
  req.on('error', (err) => events.push(`error ${err.code} ${err.message}`));
  req.on('close', () => {
    events.push('req close');
    assert.ok(got > 0 && got < 1000);
  });
  res.on('finish', common.mustNotCall());
  res.on('close', () => events.push('res close'));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const start = Date.now();
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.on('data', (d) => out += d.toString('latin1'));
  c.on('error', () => {});  // a drip may race the server's close (EPIPE)
  c.write('POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
  const timer = setInterval(() => c.writable && c.write('z'), 15);
  setTimeout(() => {
    http.get({ port, host: '127.0.0.1', path: '/good', agent: false }, common.mustCall((res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', common.mustCall(() => assert.strictEqual(body, 'fine')));
    }));
  }, 60);
  c.on('close', common.mustCall(() => {
    clearInterval(timer);
    assert.ok(Date.now() - start >= 240);
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    setTimeout(() => {
      assert.deepStrictEqual(events,
                             ['aborted', 'res close', 'error ECONNRESET aborted', 'req close']);
      server.close();
    }, 20);
  }));
}));
