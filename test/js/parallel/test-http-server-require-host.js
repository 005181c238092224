// An HTTP/1.1 request without Host gets node's 400 (no 'request' event);
// requireHostHeader: false lets it through; HTTP/1.0 never needs Host.
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

const strict = http.createServer(common.mustCall((req, res) => res.end('ok'), 1));
const lax = http.createServer({ requireHostHeader: false },
                              common.mustCall((req, res) => res.end('ok')));
assert.strictEqual(strict.requireHostHeader, true);
assert.strictEqual(lax.requireHostHeader, false);

strict.listen(0, '127.0.0.1', common.mustCall(() => {
  lax.listen(0, '127.0.0.1', common.mustCall(async () => {
    const noHost = 'GET / HTTP/1.1\r\n\r\n';
    assert.strictEqual(await exchange(strict.address().port, noHost),
                       'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: X\r\n' +
                       'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
    assert.match(await exchange(strict.address().port, 'GET / HTTP/1.0\r\n\r\n'), /^HTTP\/1.1 200 OK/);
    assert.match(await exchange(lax.address().port, noHost), /^HTTP\/1.1 200 OK/);
    strict.close();
    lax.close();
  }));
}));
