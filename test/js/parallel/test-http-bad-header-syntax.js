// Malformed header sections from a raw client: names with spaces,
// separators or high bytes, whitespace before the colon, a line without a
// colon, an empty name, control bytes and bare CR in values, obs-fold
// continuation lines, a header line starting with a space. Each gets
// 'clientError' with node's parse error (code, message, bytesParsed,
// rawPacket) and, without a listener, the canned 400; the handler never
// runs and the server goes on serving a well-formed request after each.
// Tabs and bytes >= 0x80 in values stay legal.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const H = 'GET / HTTP/1.1\r\nHost: x\r\n';
const cases = [
  [H + 'Bad Name: y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 28],
  [H + 'Ba(d: y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 27],
  [H + 'X-\xe9: y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 27],
  [H + 'X-A : y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 28],
  [H + 'X-A\t: y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 28],
  [H + 'NoColon\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 32],
  [H + ': v\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 25],
  [H + 'X-A: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', 31],
  [H + 'X-A: a\x00b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', 31],
  [H + 'X-A: a\x7fb\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', 31],
  [H + 'X-A: a\rb\r\n\r\n', 'HPE_LF_EXPECTED', 'Missing expected LF after header value', 32],
  [H + 'X-A: a\nX-B: b\r\n\r\n', 'HPE_CR_EXPECTED', 'Missing expected CR after header value', 31],
  [H + 'X-A: a\r\n b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Unexpected whitespace after header value', 33],
  ['GET / HTTP/1.1\r\n X-A: a\r\nHost: x\r\n\r\n', 'HPE_UNEXPECTED_SPACE', 'Unexpected space after start line', 17],
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
  if (req.headers['x-a'] !== undefined) assert.strictEqual(req.headers['x-a'], 'a\tb\xe9');
  res.end('fine');
}, cases.length * 2 + 1);

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
    // Tab and high bytes inside a value are fine.
    const out = await exchange(listening.address().port,
                               'GET /good HTTP/1.1\r\nHost: x\r\nX-A: a\tb\xe9\r\nConnection: close\r\n\r\n');
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
    assert.strictEqual(seen.length, 0);
    listening.close();
    canned.close();
  }));
}));
