'use strict';
// events.once() with an AbortSignal: AbortError with the signal's reason as
// cause, listeners removed.
const assert = require('node:assert');
const { once, EventEmitter } = require('node:events');

async function main() {
  {
    const ee = new EventEmitter();
    const ac = new AbortController();
    const p = once(ee, 'x', { signal: ac.signal });
    assert.strictEqual(ee.listenerCount('x'), 1);
    assert.strictEqual(ee.listenerCount('error'), 1);
    ac.abort('the reason');
    await assert.rejects(p, (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause, 'the reason');
      return true;
    });
    assert.strictEqual(ee.listenerCount('x'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // Already aborted: rejects without adding listeners.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const reason = new Error('before');
    ac.abort(reason);
    await assert.rejects(once(ee, 'x', { signal: ac.signal }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, reason);
      return true;
    });
    assert.strictEqual(ee.listenerCount('x'), 0);
  }

  {
    // Event first: abort afterwards is harmless and the signal is released.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const p = once(ee, 'x', { signal: ac.signal });
    ee.emit('x', 'ok');
    assert.deepStrictEqual(await p, ['ok']);
    ac.abort();
  }

  {
    // Error first, then abort.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const p = once(ee, 'x', { signal: ac.signal });
    const err = new Error('first');
    ee.emit('error', err);
    ac.abort();
    await assert.rejects(p, (e) => e === err);
  }
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
