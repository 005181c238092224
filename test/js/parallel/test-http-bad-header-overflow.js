// Oversized request heads: past the limit (16 KiB by default, the
// maxHeaderSize option, or --max-http-header-size for the whole process)
// the server emits clientError with HPE_HEADER_OVERFLOW and, without a
// listener, answers 431 and closes; one byte less is served. The same
// limit applies to a client reading a response. The server goes on
// serving afterwards. The flag is checked in a child process.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

// What counts toward the limit is the bytes of the URL, the header names
// and the values (for a response: the status text, names and values), so
// in this head `n` + 22 bytes count and n = limit - 23 is the largest
// value that fits.
const head = (n) => `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(n)}\r\nConnection: close\r\n\r\n`;
const largest = (limit) => limit - 23;

function exchange(port, raw) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => out += d.toString('latin1'));
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/, '')));
    c.end(raw);
  });
}

async function checkServer(server, limit, withListener) {
  const port = server.address().port;
  const errors = [];
  if (withListener) {
    server.on('clientError', (err, socket) => {
      errors.push(err);
      socket.end('HTTP/1.1 431 Too Big\r\n\r\n');
    });
  }
  const ok = 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok';
  assert.strictEqual(await exchange(port, head(largest(limit))), ok);
  const out = await exchange(port, head(largest(limit) + 1));
  if (withListener) {
    assert.strictEqual(out, 'HTTP/1.1 431 Too Big\r\n\r\n');
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(errors[0].code, 'HPE_HEADER_OVERFLOW');
    assert.strictEqual(errors[0].reason, 'Header overflow');
    assert.strictEqual(errors[0].message, 'Parse Error: Header overflow');
    assert.ok(errors[0].bytesParsed > limit);
  } else {
    assert.strictEqual(out, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  }
  // Many small headers add up the same way.
  const many = 'GET / HTTP/1.1\r\nHost: x\r\n' +
    'X-Pad: 0123456789\r\n'.repeat(Math.ceil(limit / 15)) + '\r\n';
  assert.match(await exchange(port, many), withListener ? /^HTTP\/1\.1 431 Too Big/ : /^HTTP\/1\.1 431 /);
  assert.strictEqual(await exchange(port, head(10)), ok);
}

function listen(opts) {
  return new Promise((resolve) => {
    const server = http.createServer(opts, (req, res) => res.end('ok'));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// A raw server whose response head carries `n` bytes of one header value.
function rawResponder(n) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.end(`HTTP/1.1 200 OK\r\nX: ${'b'.repeat(n)}\r\nContent-Length: 0\r\n\r\n`));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function clientGet(port, opts = {}) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false, ...opts }, (res) => {
      res.resume();
      res.on('end', () => resolve('ok'));
    });
    req.on('error', (err) => resolve(err.code));
  });
}

async function main(limit) {
  assert.strictEqual(http.maxHeaderSize, limit);
  let server = await listen({});
  await checkServer(server, limit, false);
  server.close();
  server = await listen({});
  await checkServer(server, limit, true);
  server.close();
  // The option wins over the process-wide limit.
  server = await listen({ maxHeaderSize: 300 });
  await checkServer(server, 300, true);
  server.close();

  // The client side: "OK", "X", the value, "Content-Length" and "0" count.
  let raw = await rawResponder(limit - 19);
  assert.strictEqual(await clientGet(raw.address().port), 'ok');
  raw.close();
  raw = await rawResponder(limit - 18);
  assert.strictEqual(await clientGet(raw.address().port), 'HPE_HEADER_OVERFLOW');
  assert.strictEqual(await clientGet(raw.address().port, { maxHeaderSize: limit * 2 }), 'ok');
  raw.close();
}

if (process.argv[2] === 'child') {
  main(Number(process.argv[3])).then(common.mustCall());
} else {
  main(16 * 1024).then(common.mustCall(() => {
    for (const flag of [['--max-http-header-size=200'], ['--max-http-header-size', '200']]) {
      const r = spawnSync(process.execPath, [...flag, __filename, 'child', '200'],
                          { encoding: 'utf8', timeout: 30000 });
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.status, 0);
    }
  }));
}
