// fetch() failures: `TypeError: fetch failed` with the cause node gives
// (ECONNREFUSED system error, bad port, unknown/unsupported schemes, request
// header checks, content-length mismatch), `TypeError: terminated` when the
// server dies mid-body, argument errors as rejections, and (eddy only) the
// not-implemented `dispatcher` option.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

async function failsWith(promise, check) {
  await assert.rejects(promise, (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.message, 'fetch failed');
    check(err.cause);
    return true;
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/die') {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket.destroy(), 20);
    return;
  }
  if (req.url === '/hangup') {
    req.socket.destroy();
    return;
  }
  req.resume();
  req.on('end', () => res.end('ok'));
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // Argument errors reject.
  await assert.rejects(fetch(), { name: 'TypeError', message: 'Failed to parse URL from undefined' });
  await assert.rejects(fetch('/x'), (err) => {
    assert.strictEqual(err.message, 'Failed to parse URL from /x');
    assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
    return true;
  });
  await assert.rejects(fetch(base, 5), {
    name: 'TypeError', message: 'Request constructor: Expected 5 to be one of: Null, Undefined, Object.',
  });
  await assert.rejects(fetch(base, { body: 'x' }),
                       { message: 'Request with GET/HEAD method cannot have body.' });

  // Nothing listening.
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closedPort = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  await failsWith(fetch(`http://127.0.0.1:${closedPort}/`), (cause) => {
    assert.strictEqual(cause.code, 'ECONNREFUSED');
    assert.strictEqual(cause.syscall, 'connect');
    assert.strictEqual(cause.address, '127.0.0.1');
    assert.strictEqual(cause.port, closedPort);
  });

  await failsWith(fetch('http://127.0.0.1:1/'), (c) => assert.strictEqual(c.message, 'bad port'));
  await failsWith(fetch('http://127.0.0.1:6000/'), (c) => assert.strictEqual(c.message, 'bad port'));
  await failsWith(fetch('ftp://x/'), (c) => assert.strictEqual(c.message, 'unknown scheme'));
  await failsWith(fetch('about:blank'),
                  (c) => assert.strictEqual(c.message, 'about scheme is not supported'));
  await failsWith(fetch('file:///etc/hostname'),
                  (c) => assert.strictEqual(c.message, 'not implemented... yet...'));
  await failsWith(fetch('blob:nodedata:missing'),
                  (c) => assert.strictEqual(c.message, 'invalid method'));

  // Headers undici's client refuses.
  for (const [headers, name, message] of [
    [{ 'transfer-encoding': 'chunked' }, 'InvalidArgumentError', 'invalid transfer-encoding header'],
    [{ 'keep-alive': 'timeout=5' }, 'InvalidArgumentError', 'invalid keep-alive header'],
    [{ upgrade: 'websocket' }, 'InvalidArgumentError', 'invalid upgrade header'],
    [{ connection: 'upgrade' }, 'InvalidArgumentError', 'invalid connection header'],
    [{ expect: '100-continue' }, 'NotSupportedError', 'expect header not supported'],
  ]) {
    await failsWith(fetch(base, { headers }), (cause) => {
      assert.strictEqual(cause.name, name);
      assert.strictEqual(cause.message, message);
    });
  }
  await failsWith(fetch(base, { method: 'POST', body: 'x', headers: { 'content-length': '9' } }),
                  (cause) => {
                    assert.strictEqual(cause.code, 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
                    assert.strictEqual(cause.message,
                                       'Request body length does not match content-length header');
                  });
  // A matching one is fine.
  const ok = await fetch(base, { method: 'POST', body: 'x', headers: { 'content-length': '1' } });
  assert.strictEqual(await ok.text(), 'ok');

  // The server closes without answering.
  await failsWith(fetch(`${base}/hangup`), (cause) => {
    assert.strictEqual(cause.name, 'SocketError');
    assert.strictEqual(cause.code, 'UND_ERR_SOCKET');
    assert.strictEqual(cause.message, 'other side closed');
  });

  // The server dies in the middle of the body.
  const res = await fetch(`${base}/die`);
  assert.strictEqual(res.status, 200);
  await assert.rejects(res.text(), (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'UND_ERR_SOCKET');
    assert.strictEqual(err.cause.message, 'other side closed');
    return true;
  });

  server.close();
}));

// eddy only: undici's dispatchers are not there.
if (common.isEddy) {
  assert.rejects(fetch('http://127.0.0.1:8080/', { dispatcher: {} }), {
    code: 'ERR_NOT_IMPLEMENTED', message: /dispatcher/,
  }).then(common.mustCall());
}
