// Malformed request lines from a raw client: bad or unknown methods,
// versions, URLs with spaces or control bytes, an empty URL. Each gets
// 'clientError' with node's parse error (code, message, bytesParsed,
// rawPacket) and, without a listener, the canned 400 and a closed
// connection; the handler never runs and the same server goes on serving
// a well-formed request after each.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  ['G@T / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered', 1],
  ['get / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered', 0],
  ['FOO / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD', 'Invalid method encountered', 1],
  ['\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03', 'HPE_INVALID_METHOD', 'Invalid method encountered', 0],
  ['GET / HTTP/9.9\r\nHost: x\r\n\r\n', 'HPE_INVALID_VERSION', 'Invalid HTTP version', 14],
  ['GET / HTTQ/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 9],
  ['GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', 7],
  ['GET /a\x01b HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_URL', 'Invalid char in url path', 6],
  ['GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_URL', 'Invalid char in url path', 6],
  ['GET  HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_URL', 'Unexpected char in url schema', 9],
  ['GET / HTTP/1.1\rHost: x\r\n\r\n', 'HPE_STRICT', 'Expected CRLF after version', 15],
  ['GET / HTTP/1.1\nHost: x\n\n', 'HPE_INVALID_VERSION', 'Expected CRLF after version', 15],
];

function exchange(port, raw) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => out += d.toString('latin1'));
    c.on('error', common.mustNotCall());
    c.on('close', () => resolve(out));
    c.end(Buffer.from(raw, 'latin1'));
  });
}

function good(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/good', agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', reject);
  });
}

const handler = common.mustCall((req, res) => {
  assert.strictEqual(req.url, '/good');
  res.end('fine');
}, cases.length * 2);

const seen = [];
const listening = http.createServer(handler);
listening.on('clientError', (err, socket) => {
  seen.push(err);
  assert.ok(socket instanceof net.Socket);
  socket.end('HTTP/1.1 400 Bad Request\r\nX-Seen: 1\r\nConnection: close\r\n\r\n');
});
const canned = http.createServer(handler);

listening.listen(0, '127.0.0.1', common.mustCall(() => {
  canned.listen(0, '127.0.0.1', common.mustCall(async () => {
    for (const [raw, code, reason, bytesParsed] of cases) {
      const label = JSON.stringify(raw);
      let out = await exchange(listening.address().port, raw);
      assert.strictEqual(out, 'HTTP/1.1 400 Bad Request\r\nX-Seen: 1\r\nConnection: close\r\n\r\n', label);
      const err = seen.shift();
      assert.ok(err instanceof Error, label);
      assert.strictEqual(err.code, code, label);
      assert.strictEqual(err.message, `Parse Error: ${reason}`, label);
      assert.strictEqual(err.reason, reason, label);
      assert.strictEqual(err.bytesParsed, bytesParsed, label);
      assert.strictEqual(err.rawPacket.toString('latin1'), raw, label);
      assert.strictEqual(await good(listening.address().port), '200 fine');

      out = await exchange(canned.address().port, raw);
      assert.strictEqual(out, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', label);
      assert.strictEqual(await good(canned.address().port), '200 fine');
    }
    assert.strictEqual(seen.length, 0);
    listening.close();
    canned.close();
  }));
}));
