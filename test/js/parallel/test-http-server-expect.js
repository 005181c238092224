// Expect: 100-continue gets "100 Continue" before 'request' when nobody
// listens for checkContinue, and goes to checkContinue otherwise; other
// expectations get 417 unless checkExpectation is handled.
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
    setTimeout(() => c.end(), 80);
  });
}

const plain = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', () => res.end('got it'));
}));

const custom = http.createServer(common.mustNotCall());
custom.on('checkContinue', common.mustCall((req, res) => {
  res.writeHead(403);
  res.end();
}));
custom.on('checkExpectation', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, 'something');
  res.end('fine');
}));

plain.listen(0, '127.0.0.1', common.mustCall(() => {
  custom.listen(0, '127.0.0.1', common.mustCall(async () => {
    const body = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nhi';
    const a = await exchange(plain.address().port, body);
    assert.ok(a.startsWith('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n'), a);
    assert.ok(a.endsWith('got it'), a);

    const b = await exchange(custom.address().port, body);
    assert.ok(b.startsWith('HTTP/1.1 403 Forbidden\r\n'), b);
    assert.match(b, /Connection: close/);

    const c = await exchange(custom.address().port,
                             'GET / HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n');
    assert.ok(c.startsWith('HTTP/1.1 200 OK\r\n') && c.endsWith('fine'), c);

    const d = await exchange(plain.address().port,
                             'GET / HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n');
    assert.ok(d.startsWith('HTTP/1.1 417 Expectation Failed\r\n'), d);
    plain.close();
    custom.close();
  }));
}));
