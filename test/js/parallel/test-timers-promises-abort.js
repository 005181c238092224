'use strict';
// node:timers/promises setTimeout/setImmediate reject with an AbortError
// (cause = signal.reason) when the signal aborts, before or while waiting.
const assert = require('node:assert');
const timersPromises = require('node:timers/promises');
const { setTimeout, setImmediate } = timersPromises;

function isAbort(reason) {
  return (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.ok(err instanceof Error);
    if (reason !== undefined) assert.strictEqual(err.cause, reason);
    return true;
  };
}

(async () => {
  assert.strictEqual(await setTimeout(5, 'value'), 'value');
  assert.strictEqual(await setTimeout(1), undefined);
  assert.strictEqual(await setImmediate('imm'), 'imm');

  const pre = new AbortController();
  pre.abort('early');
  await assert.rejects(setTimeout(1, 'x', { signal: pre.signal }), isAbort('early'));
  await assert.rejects(setImmediate('x', { signal: pre.signal }), isAbort('early'));

  const ac = new AbortController();
  const p = setTimeout(60000, 'x', { signal: ac.signal });
  const reason = new Error('stop');
  ac.abort(reason);
  await assert.rejects(p, isAbort(reason));

  const ac2 = new AbortController();
  const p2 = setImmediate('x', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(p2, isAbort());

  // Aborting after settling is harmless.
  const ac3 = new AbortController();
  assert.strictEqual(await setTimeout(1, 'ok', { signal: ac3.signal }), 'ok');
  ac3.abort();

  // ref: false lets the process exit while waiting.
  setTimeout(60000, null, { ref: false }).then(() => assert.fail('unref resolved'));
})().then(() => { process.exitCode = 0; }, (err) => {
  console.error(err);
  process.exitCode = 1;
});
