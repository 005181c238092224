// A client facing a hostile server: malformed status lines and headers,
// ambiguous framing and oversized heads fail the request with node's parse
// error; a body cut short (Content-Length not reached, a chunked body
// without its last chunk, a bad chunk) makes the response emit 'aborted'
// and ECONNRESET 'aborted'; a close before any response is 'socket hang
// up'; a body read to EOF and bytes after a keep-alive response behave as
// in node.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const OK = 'HTTP/1.1 200 OK\r\n';
// [raw reply, expected: 'error CODE', 'aborted <data>' or 'end <data>']
const cases = [
  ['HTTP/1.1 2000 OK\r\n\r\n', 'error HPE_INVALID_STATUS'],
  ['HTTP/1.1 200OK\r\n\r\n', 'error HPE_INVALID_STATUS'],
  ['HTTX/1.1 200 OK\r\n\r\n', 'error HPE_INVALID_CONSTANT'],
  ['SSH-2.0-OpenSSH\r\n', 'error HPE_INVALID_CONSTANT'],
  [`${OK}Bad Name: x\r\nContent-Length: 0\r\n\r\n`, 'error HPE_INVALID_HEADER_TOKEN'],
  [`${OK}X: a\x01b\r\nContent-Length: 0\r\n\r\n`, 'error HPE_INVALID_HEADER_TOKEN'],
  [`${OK}X: a\r\n b\r\nContent-Length: 0\r\n\r\n`, 'error HPE_INVALID_HEADER_TOKEN'],
  ['HTTP/1.1 200 OK\nContent-Length: 0\n\n', 'error HPE_CR_EXPECTED'],
  [`${OK}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`,
   'error HPE_INVALID_TRANSFER_ENCODING'],
  [`${OK}Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd`, 'error HPE_UNEXPECTED_CONTENT_LENGTH'],
  [`${OK}Content-Length: x\r\n\r\nabcd`, 'error HPE_INVALID_CONTENT_LENGTH'],
  [`${OK}X: ${'a'.repeat(20000)}\r\n\r\n`, 'error HPE_HEADER_OVERFLOW'],
  [`HTTP/1.1 200 ${'O'.repeat(20000)}\r\n\r\n`, 'error HPE_HEADER_OVERFLOW'],
  ['HTTP/1.1 100 Continue\r\n\r\nxyz', 'error HPE_INVALID_CONSTANT'],
  ['', 'error ECONNRESET socket hang up'],
  [OK, 'error ECONNRESET socket hang up'],
  [`${OK}Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`, 'aborted '],
  [`${OK}Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n`, 'aborted abc'],
  [`${OK}Content-Length: 10\r\n\r\nabc`, 'aborted abc'],
  [`${OK}Transfer-Encoding: identity\r\n\r\nabc`, 'end abc'],
  [`${OK}\r\nabc`, 'end abc'],
  [`${OK}Content-Length: 3\r\n\r\nabcHTTP/1.1 200 OK\r\n\r\n`, 'end abc'],
];

function run(raw) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.on('error', () => {});
      s.once('data', () => s.end(Buffer.from(raw, 'latin1')));
    });
    server.listen(0, '127.0.0.1', () => {
      let outcome;
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let data = '';
        res.setEncoding('latin1');
        res.on('data', (d) => data += d);
        res.on('end', () => outcome = `end ${data}`);
        res.on('aborted', () => outcome = `aborted ${data}`);
        res.on('error', (err) => {
          assert.strictEqual(err.code, 'ECONNRESET');
          assert.strictEqual(err.message, 'aborted');
        });
        res.on('close', () => {
          server.close();
          resolve(outcome);
        });
      });
      req.on('error', (err) => {
        if (err.code.startsWith('HPE_')) {
          assert.match(err.message, /^Parse Error: /);
          assert.ok(Buffer.isBuffer(err.rawPacket));
          assert.strictEqual(typeof err.bytesParsed, 'number');
          outcome = `error ${err.code}`;
        } else {
          outcome = `error ${err.code} ${err.message}`;
        }
      });
      req.on('close', () => {
        if (outcome && outcome.startsWith('error')) {
          server.close();
          resolve(outcome);
        }
      });
    });
  });
}

(async () => {
  for (const [raw, expected] of cases) {
    assert.strictEqual(await run(raw), expected, JSON.stringify(raw.slice(0, 60)));
  }
})().then(common.mustCall());
