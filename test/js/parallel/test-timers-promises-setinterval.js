'use strict';
// timers/promises setInterval is an async iterator yielding `value` per tick;
// breaking out stops it, aborting the signal rejects with an AbortError.
const assert = require('node:assert');
const { setInterval } = require('node:timers/promises');

(async () => {
  let n = 0;
  for await (const v of setInterval(2, 'tick')) {
    assert.strictEqual(v, 'tick');
    if (++n === 4) break;
  }
  assert.strictEqual(n, 4);

  const ac = new AbortController();
  let m = 0;
  await assert.rejects(async () => {
    for await (const v of setInterval(2, m, { signal: ac.signal })) {
      assert.strictEqual(v, 0);
      if (++m === 3) ac.abort('enough');
    }
  }, (err) => err.name === 'AbortError' && err.cause === 'enough');
  assert.strictEqual(m, 3);

  // Validation errors surface on the first next().
  const it = setInterval(1, 'x', { ref: 'yes' });
  await assert.rejects(it.next(), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options.ref" property must be of type boolean. Received type string (\'yes\')',
  });
  const pre = new AbortController();
  pre.abort();
  await assert.rejects(setInterval(1, 'x', { signal: pre.signal }).next(), { name: 'AbortError' });
})().then(() => {}, (err) => {
  console.error(err);
  process.exitCode = 1;
});
