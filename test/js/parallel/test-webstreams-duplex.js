'use strict';
// Duplex.toWeb gives { readable, writable } over a node Duplex, and
// Duplex.fromWeb a node Duplex over such a pair; data flows both ways.
const assert = require('node:assert');
const { Duplex, PassThrough } = require('node:stream');
const common = require('../../common');

(async () => {
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  assert.ok(readable instanceof ReadableStream);
  assert.ok(writable instanceof WritableStream);
  const w = writable.getWriter();
  w.write('ping');
  w.close();
  const parts = [];
  for await (const c of readable) parts.push(Buffer.from(c).toString());
  assert.strictEqual(parts.join(''), 'ping');

  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(Buffer.from(chunk).toString().toUpperCase()); },
  });
  const duplex = Duplex.fromWeb(ts, { encoding: 'utf8' });
  assert.ok(duplex instanceof Duplex);
  duplex.end('shout');
  let out = '';
  for await (const c of duplex) out += c;
  assert.strictEqual(out, 'SHOUT');

  const destroyed = new PassThrough();
  destroyed.destroy();
  const pair = Duplex.toWeb(destroyed);
  assert.strictEqual((await pair.readable.getReader().read()).done, true);

  assert.throws(() => Duplex.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.readable" property must be an instance of ReadableStream. Received undefined',
  });
  assert.throws(() => Duplex.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
