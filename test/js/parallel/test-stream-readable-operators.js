'use strict';
// The stream-returning helpers: map, filter, flatMap, take, drop and
// asIndexedPairs, each giving an object-mode Readable.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const src = () => Readable.from([1, 2, 3, 4, 5, 6]);

(async () => {
  const mapped = src().map((x) => x * 2);
  assert.ok(mapped instanceof Readable);
  assert.deepStrictEqual(await mapped.toArray(), [2, 4, 6, 8, 10, 12]);
  assert.deepStrictEqual(await src().map(async (x) => x + 1).toArray(), [2, 3, 4, 5, 6, 7]);
  assert.deepStrictEqual(await src().filter((x) => x % 2 === 0).toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await src().filter(async (x) => x > 4).toArray(), [5, 6]);
  assert.deepStrictEqual(await src().flatMap((x) => [x, -x]).take(4).toArray(), [1, -1, 2, -2]);
  assert.deepStrictEqual(await src().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await src().take(0).toArray(), []);
  assert.deepStrictEqual(await src().drop(4).toArray(), [5, 6]);
  assert.deepStrictEqual(await src().drop(10).toArray(), []);

  assert.throws(() => src().map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function or an instance of AsyncFunction. ' +
      'Received type number (5)',
  });
  assert.throws(() => src().take(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src().map((x) => x, 'bad'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new (src().map)((x) => x), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // An error from the mapper fails the resulting stream.
  await assert.rejects(src().map((x) => {
    if (x === 3) throw new Error('map failed');
    return x;
  }).toArray(), /map failed/);

  assert.strictEqual(Readable.prototype.map.length, 2);
  assert.strictEqual(Readable.prototype.map.name, 'map');
  assert.strictEqual(Object.getOwnPropertyDescriptor(Readable.prototype, 'map').enumerable, false);
})().then(common.mustCall());
