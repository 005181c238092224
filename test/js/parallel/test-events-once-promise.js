'use strict';
// events.once(): resolves with the event's arguments, rejects on 'error'
// (unless waiting for 'error' itself), and cleans up its listeners.
const assert = require('node:assert');
const { once, EventEmitter } = require('node:events');

async function main() {
  assert.strictEqual(once.length, 2);

  {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('ready', 1, 'two', { three: 3 }));
    const args = await once(ee, 'ready');
    assert.deepStrictEqual(args, [1, 'two', { three: 3 }]);
    assert.strictEqual(ee.listenerCount('ready'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('ready'));
    assert.deepStrictEqual(await once(ee, 'ready'), []);
  }

  {
    // 'error' rejects and removes the event listener.
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    await assert.rejects(once(ee, 'ready'), (e) => e === err);
    assert.strictEqual(ee.listenerCount('ready'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // Waiting for 'error' itself resolves with it.
    const ee = new EventEmitter();
    const err = new Error('wanted');
    process.nextTick(() => ee.emit('error', err));
    const [got] = await once(ee, 'error');
    assert.strictEqual(got, err);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // Only the first emission matters.
    const ee = new EventEmitter();
    const p = once(ee, 'x');
    ee.emit('x', 1);
    ee.emit('x', 2);
    assert.deepStrictEqual(await p, [1]);
  }

  {
    // Symbol event names.
    const ee = new EventEmitter();
    const sym = Symbol('s');
    process.nextTick(() => ee.emit(sym, 'v'));
    assert.deepStrictEqual(await once(ee, sym), ['v']);
  }

  {
    // Validation errors reject instead of throwing.
    const ee = new EventEmitter();
    const p = once(ee, 'x', { signal: 'nope' });
    assert.ok(p instanceof Promise);
    await assert.rejects(p, {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "options.signal" property must be an instance of ' +
        "AbortSignal. Received type string ('nope')",
    });
    assert.strictEqual(ee.listenerCount('x'), 0);
  }
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
