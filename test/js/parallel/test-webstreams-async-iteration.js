'use strict';
// for await over a ReadableStream: chunks in order; leaving the loop early
// cancels the stream and releases the lock, unless values({ preventCancel })
// was used; an error in the stream rejects the loop.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const make = (onCancel) => {
    let i = 0;
    return new ReadableStream({
      pull(c) {
        if (i < 5) c.enqueue(i++);
        else c.close();
      },
      cancel: onCancel,
    });
  };
  const all = [];
  for await (const x of make(common.mustNotCall())) all.push(x);
  assert.deepStrictEqual(all, [0, 1, 2, 3, 4]);

  const rs = make(common.mustCall((reason) => assert.strictEqual(reason, undefined)));
  for await (const x of rs) {
    if (x === 1) break;
  }
  assert.strictEqual(rs.locked, false);
  assert.deepStrictEqual(await rs.getReader().read(), { value: undefined, done: true });

  const kept = make(common.mustNotCall());
  for await (const x of kept.values({ preventCancel: true })) {
    if (x === 1) break;
  }
  assert.strictEqual(kept.locked, false);
  const rest = [];
  for await (const x of kept) rest.push(x);
  assert.deepStrictEqual(rest, [2, 3, 4]);

  const failing = new ReadableStream({
    start(c) {
      c.enqueue('ok');
      c.error(new Error('broken'));
    },
  });
  await assert.rejects(async () => {
    for await (const x of failing) assert.fail(`got ${x}`);
  }, /broken/);

  const it = make()[Symbol.asyncIterator]();
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.deepStrictEqual(await it.next(), { value: 0, done: false });
  assert.deepStrictEqual(await it.return('v'), { done: true, value: 'v' });
  assert.deepStrictEqual(await it.next(), { done: true, value: undefined });

  const locked = make();
  locked.getReader();
  assert.throws(() => locked.values(), { message: 'Invalid state: ReadableStream is locked' });
})().then(common.mustCall());
