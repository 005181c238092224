'use strict';
// ReadableStream.from: sync iterables (values awaited), async iterables and
// generators; cancelling calls the iterator's return(); non-iterables throw.
const assert = require('node:assert');
const common = require('../../common');

async function collect(rs) {
  const out = [];
  for await (const x of rs) out.push(x);
  return out;
}

(async () => {
  assert.deepStrictEqual(await collect(ReadableStream.from([1, Promise.resolve(2), 3])), [1, 2, 3]);
  assert.deepStrictEqual(await collect(ReadableStream.from('hi')), ['h', 'i']);
  async function* gen() {
    yield 'a';
    await new Promise((r) => setTimeout(r, 1));
    yield 'b';
  }
  assert.deepStrictEqual(await collect(ReadableStream.from(gen())), ['a', 'b']);

  let finalized = false;
  function* sync() {
    try {
      yield 1;
      yield 2;
    } finally {
      finalized = true;
    }
  }
  const rs = ReadableStream.from(sync());
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await reader.cancel('stop');
  assert.strictEqual(finalized, true);

  assert.throws(() => ReadableStream.from(5), {
    code: 'ERR_ARG_NOT_ITERABLE',
    message: '5 must be iterable',
  });
  assert.throws(() => ReadableStream.from({}), { code: 'ERR_ARG_NOT_ITERABLE' });
  const bad = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } });
  await assert.rejects(bad.getReader().read(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The iterator.next() method must return an object',
  });
  await assert.rejects(ReadableStream.from([Promise.reject(new Error('value'))]).getReader().read(),
                       /value/);
})().then(common.mustCall());
