// fetch() and AbortSignal: an already aborted signal, aborting while waiting
// for the response, AbortSignal.timeout, a custom reason, aborting while the
// body is being read or before it is read, and a body stream errored by the
// abort.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return;   // never answers
  res.writeHead(200);
  res.write('part1');
  if (req.url === '/slow') setTimeout(() => res.end('part2'), 200);
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  await assert.rejects(fetch(`${base}/hang`, { signal: AbortSignal.abort() }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.message, 'This operation was aborted');
    assert.ok(err instanceof DOMException);
    return true;
  });
  await assert.rejects(fetch(`${base}/hang`, { signal: AbortSignal.abort(new Error('mine')) }),
                       { message: 'mine' });
  const nullReason = new AbortController();
  nullReason.abort(null);
  await fetch(`${base}/hang`, { signal: nullReason.signal }).then(common.mustNotCall(),
                                                                  (err) => assert.strictEqual(err, null));

  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  await assert.rejects(fetch(`${base}/hang`, { signal: ac.signal }), { name: 'AbortError' });
  await assert.rejects(fetch(`${base}/hang`, { signal: AbortSignal.timeout(30) }), {
    name: 'TimeoutError', message: 'The operation was aborted due to timeout',
  });

  // Aborted after the response, before reading: the body is gone.
  const ac2 = new AbortController();
  let res = await fetch(`${base}/slow`, { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(res.text(), { name: 'AbortError', message: 'The operation was aborted.' });

  // Aborted while text() waits: it rejects with the signal's reason.
  const ac3 = new AbortController();
  res = await fetch(`${base}/slow`, { signal: ac3.signal });
  const pending = res.text();
  setTimeout(() => ac3.abort(new Error('stop')), 30);
  await assert.rejects(pending, { message: 'stop' });

  // Aborted while the body stream is read.
  const ac4 = new AbortController();
  res = await fetch(`${base}/slow`, { signal: ac4.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'part1');
  ac4.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });

  // Aborting after the body was read changes nothing.
  const ac5 = new AbortController();
  res = await fetch(`${base}/slow`, { signal: ac5.signal });
  assert.strictEqual(await res.text(), 'part1part2');
  ac5.abort();

  server.close();
  server.closeAllConnections();
}));
