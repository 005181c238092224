// The lenient parser, per server (insecureHTTPParser: true) or for the
// whole process (--insecure-http-parser, checked in a child): it accepts
// what the strict one refuses (Content-Length with Transfer-Encoding,
// obs-fold, control bytes in values, bare LF line ends, a bare LF after a
// chunk size, an unknown HTTP version) but still refuses duplicate
// Content-Length and whitespace before the colon.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

const P = 'POST / HTTP/1.1\r\nHost: x\r\n';
// [raw, strict clientError code, lenient result: body seen or error code]
const cases = [
  [`${P}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n`,
   'HPE_INVALID_TRANSFER_ENCODING', 'body abc'],
  [`${P}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n`,
   'HPE_INVALID_CONTENT_LENGTH', 'body abc'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'x-a a b'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'x-a a\x01b'],
  ['GET / HTTP/1.1\nHost: x\nX-A: lf\n\n', 'HPE_INVALID_VERSION', 'x-a lf'],
  ['GET / HTTP/9.9\r\nHost: x\r\nX-A: v\r\n\r\n', 'HPE_INVALID_VERSION', 'x-a v'],
  [`${P}Transfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n`, 'HPE_CR_EXPECTED', 'body abc'],
  [`${P}Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd`,
   'HPE_UNEXPECTED_CONTENT_LENGTH', 'error HPE_UNEXPECTED_CONTENT_LENGTH'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-A : y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'error HPE_INVALID_HEADER_TOKEN'],
];

function outcome(opts, raw) {
  return new Promise((resolve) => {
    const server = http.createServer(opts, (req, res) => {
      let body = '';
      req.setEncoding('latin1');
      req.on('data', (d) => body += d);
      req.on('end', () => {
        res.end();
        resolve(body ? `body ${body}` : `x-a ${req.headers['x-a']}`);
      });
    });
    server.on('clientError', (err, socket) => {
      socket.destroy();
      resolve(`error ${err.code}`);
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('error', () => {});
      c.resume();
      c.write(Buffer.from(raw, 'latin1'));
      c.on('close', () => server.close());
      setTimeout(() => c.destroy(), 50);
    });
  });
}

async function main(mode) {
  for (const [raw, strict, lenient] of cases) {
    const label = JSON.stringify(raw);
    if (mode === 'flag') {
      assert.strictEqual(await outcome({}, raw), lenient, label);
      // The option still wins over the flag.
      assert.strictEqual(await outcome({ insecureHTTPParser: false }, raw), `error ${strict}`, label);
    } else {
      assert.strictEqual(await outcome({}, raw), `error ${strict}`, label);
      assert.strictEqual(await outcome({ insecureHTTPParser: true }, raw), lenient, label);
    }
  }
}

if (process.argv[2] === 'child') {
  main('flag').then(common.mustCall());
} else {
  main('option').then(common.mustCall(() => {
    const r = spawnSync(process.execPath, ['--insecure-http-parser', __filename, 'child'],
                        { encoding: 'utf8', timeout: 30000 });
    assert.strictEqual(r.status, 0, r.stderr);
    // node warns once at start-up; eddy may not.
    assert.doesNotMatch(r.stderr, /Error/);
  }));
}
