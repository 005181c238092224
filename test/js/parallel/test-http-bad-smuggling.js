// Request-smuggling shapes from a raw client. Framing that two parsers
// could read differently is refused before the handler runs:
// Content-Length with Transfer-Encoding (either order), duplicate or
// non-numeric Content-Length, a list or repeat of chunked, whitespace
// before the colon or an obs-fold on a framing header. A
// Transfer-Encoding without a final chunked, and errors inside a chunked
// body (bad or overflowing chunk size, a bare LF, a missing CRLF after
// the data, control bytes in an extension) come after the handler started: clientError gets the code, the request
// gets 'aborted' and ECONNRESET, never 'end'. The request hidden in every
// body never reaches the handler, and legal framing is decoded right.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const P = 'POST / HTTP/1.1\r\nHost: x\r\n';
const hidden = 'GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n';
const chunkedHidden = `${hidden.length.toString(16)}\r\n${hidden}\r\n0\r\n\r\n`;

// [raw, code, reason]: refused in the header section.
const headerCases = [
  [`${P}Content-Length: ${hidden.length}\r\nTransfer-Encoding: chunked\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length"],
  [`${P}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding"],
  [`${P}Content-Length: 0\r\nContent-Length: ${hidden.length}\r\n\r\n${hidden}`,
   'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'],
  [`${P}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc${hidden}`,
   'HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length'],
  [`${P}Content-Length: 3, 3\r\n\r\nabc${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: abc\r\n\r\n${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: -1\r\n\r\n${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: +3\r\n\r\nabc${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: 0x3\r\n\r\nabc${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: 1 2\r\n\r\n${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'],
  [`${P}Content-Length: 99999999999999999999999\r\n\r\n${hidden}`,
   'HPE_INVALID_CONTENT_LENGTH', 'Content-Length overflow'],
  [`${P}Transfer-Encoding: chunked, gzip\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value'],
  [`${P}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_TRANSFER_ENCODING', 'Invalid `Transfer-Encoding` header value'],
  [`${P}Transfer-Encoding : chunked\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char'],
  [`${P}Content-Length : 0\r\n\r\n${hidden}`,
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header field char'],
  [`${P}Transfer-Encoding:\r\n chunked\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_HEADER_TOKEN', 'Invalid header value char'],
  [`${P}Content-Length: 0\rX: ${hidden}`,
   'HPE_LF_EXPECTED', 'Missing expected LF after header value'],
];

// [raw, code, reason, body data seen before the error]: refused in the body.
const C = `${P}Transfer-Encoding: chunked\r\n\r\n`;
const bodyCases = [
  // A request Transfer-Encoding not ending in chunked has no length: the
  // handler has the headers when the parser refuses to read on.
  [`${P}Transfer-Encoding: xchunked\r\n\r\n${chunkedHidden}`,
   'HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`', ''],
  [`${P}Transfer-Encoding: identity\r\n\r\n${hidden}`,
   'HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`', ''],
  [`${C}3\r\nabc\r\nzz\r\n${hidden}`, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', 'abc'],
  [`${C}-3\r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', ''],
  [`${C}0x3\r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', ''],
  [`${C}3 \r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', ''],
  [`${C}fffffffffffffffff\r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', ''],
  [`${C}3\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_CR_EXPECTED', 'Missing expected CR after chunk size', ''],
  [`${C}3\r\nabcX\r\n0\r\n\r\n${hidden}`, 'HPE_STRICT', 'Expected LF after chunk data', 'abc'],
  [`${C}3;a\rb\r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_STRICT', 'Expected LF after chunk size', ''],
  [`${C}3;a="\x01"\r\nabc\r\n0\r\n\r\n${hidden}`, 'HPE_STRICT',
   'Invalid character in chunk extensions quoted value', ''],
  [`${C}3\r\nabc\r\n0\r\nX Y: z\r\n\r\n${hidden}`, 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token', 'abc'],
];

// [raw, expected body, transfer-encoding]: legal, decoded, then the next
// request on the connection is served too.
const goodCases = [
  [`${P}Transfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`, 'abc'],
  [`${C}3;ext=1;q="a b"\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n`, 'abcde'],
  ['POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', 'abc'],
  [`${P}Content-Length:  3 \r\n\r\nabc`, 'abc'],
  [`${P}Content-Length: 003\r\n\r\nabc`, 'abc'],
];

let onRequest;
const server = http.createServer((req, res) => onRequest(req, res));
let onClientError;
server.on('clientError', (err, socket) => onClientError(err, socket));

function exchange(raw) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => out += d.toString('latin1'));
    c.on('close', () => resolve(out));
    c.write(Buffer.from(raw, 'latin1'));
    setTimeout(() => c.end(), 30);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  for (const [raw, code, reason] of headerCases) {
    const label = JSON.stringify(raw);
    onRequest = common.mustNotCall(label);
    const errors = [];
    onClientError = (err, socket) => {
      errors.push(err);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    };
    assert.strictEqual(await exchange(raw), 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', label);
    assert.strictEqual(errors.length, 1, label);
    assert.strictEqual(errors[0].code, code, label);
    assert.strictEqual(errors[0].reason, reason, label);
  }

  for (const [raw, code, reason, data] of bodyCases) {
    const label = JSON.stringify(raw);
    const events = [];
    let seen = '';
    onRequest = common.mustCall((req, res) => {
      assert.strictEqual(req.url, '/');
      req.setEncoding('latin1');
      req.on('data', (d) => seen += d);
      req.on('end', common.mustNotCall(label));
      req.on('aborted', () => events.push('aborted'));
      req.on('error', (err) => events.push(`error ${err.code} ${err.message}`));
      req.on('close', () => events.push('close'));
    });
    const errors = [];
    onClientError = (err, socket) => {
      errors.push(err);
      events.push('clientError');
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    };
    assert.strictEqual(await exchange(raw), 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', label);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.strictEqual(errors.length, 1, label);
    assert.strictEqual(errors[0].code, code, label);
    assert.strictEqual(errors[0].reason, reason, label);
    assert.strictEqual(seen, data, label);
    assert.deepStrictEqual(events,
                           ['clientError', 'aborted', 'error ECONNRESET aborted', 'close'], label);
  }

  for (const [raw, body] of goodCases) {
    const label = JSON.stringify(raw);
    const urls = [];
    const errors = [];
    onClientError = (err, socket) => {
      errors.push(err.code);
      socket.destroy();
    };
    onRequest = (req, res) => {
      urls.push(req.url);
      let got = '';
      req.setEncoding('latin1');
      req.on('data', (d) => got += d);
      req.on('end', () => {
        if (req.url === '/') assert.strictEqual(got, body, label);
        res.end(got);
      });
    };
    // HTTP/1.0 without keep-alive takes one request per connection.
    const one = raw.includes('HTTP/1.0');
    const next = one ? '' : 'GET /next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const out = await exchange(raw + next);
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n/, label);
    assert.deepStrictEqual(urls, one ? ['/'] : ['/', '/next'], label);
    assert.deepStrictEqual(errors, [], label);
  }
  server.close();
}));
