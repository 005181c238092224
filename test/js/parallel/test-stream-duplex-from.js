'use strict';
// Duplex.from: an async generator function becomes a transform; iterables and
// promises become readable-only; a duplex is returned as is; a readable or
// { readable, writable } pair is wrapped; other values throw.
const assert = require('node:assert');
const { Duplex, Readable, PassThrough } = require('node:stream');
const common = require('../../common');

(async () => {
  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  upper.on('data', (d) => out.push(d));
  upper.write('ab');
  upper.end('cd');
  await new Promise((resolve) => upper.on('end', resolve));
  assert.deepStrictEqual(out, ['AB', 'CD']);

  const fromArray = Duplex.from(['p', 'q']);
  assert.strictEqual(fromArray.writable, false);
  assert.deepStrictEqual(await fromArray.toArray(), ['p', 'q']);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('v')).toArray(), ['v']);

  const pt = new PassThrough();
  assert.strictEqual(Duplex.from(pt), pt);

  const wrapped = Duplex.from(Readable.from(['r']));
  assert.strictEqual(wrapped.writable, false);
  assert.deepStrictEqual(await wrapped.toArray(), ['r']);

  const pair = Duplex.from({ readable: Readable.from(['pair']), writable: new PassThrough() });
  assert.deepStrictEqual(await pair.toArray(), ['pair']);

  // An async function consuming the writes: writable only.
  let total = '';
  const consumer = Duplex.from(async function(source) {
    for await (const c of source) total += c;
  });
  consumer.end('xyz');
  await new Promise((resolve) => consumer.on('finish', resolve));
  assert.strictEqual(total, 'xyz');

  assert.throws(() => Duplex.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Duplex.from(() => 5), { code: 'ERR_INVALID_RETURN_VALUE' });
})().then(common.mustCall());
