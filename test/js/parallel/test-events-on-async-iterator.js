'use strict';
// events.on(): an async iterator of argument arrays, ended by return(),
// 'error', the `close` events, or an AbortSignal.
const assert = require('node:assert');
const { on, EventEmitter } = require('node:events');

async function main() {
  {
    const ee = new EventEmitter();
    const it = on(ee, 'data');
    assert.strictEqual(it[Symbol.asyncIterator](), it);
    const asyncIterProto = Object.getPrototypeOf(
      Object.getPrototypeOf(async function* () {}).prototype);
    assert.strictEqual(Object.getPrototypeOf(it), asyncIterProto);
    assert.strictEqual(ee.listenerCount('data'), 1);
    assert.strictEqual(ee.listenerCount('error'), 1);

    // Buffered events come out in order.
    ee.emit('data', 1);
    ee.emit('data', 2, 3);
    assert.deepStrictEqual(await it.next(), { value: [1], done: false });
    assert.deepStrictEqual(await it.next(), { value: [2, 3], done: false });

    // A pending next() is resolved by the next event.
    const pending = it.next();
    ee.emit('data', 'later');
    assert.deepStrictEqual(await pending, { value: ['later'], done: false });

    const waiting = it.next();
    assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
    assert.deepStrictEqual(await waiting, { value: undefined, done: true });
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(ee.listenerCount('data'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // for await + 'error'.
    const ee = new EventEmitter();
    const err = new Error('stream broke');
    process.nextTick(() => {
      ee.emit('data', 'a');
      ee.emit('data', 'b');
      ee.emit('error', err);
    });
    const seen = [];
    await assert.rejects(async () => {
      for await (const [v] of on(ee, 'data')) seen.push(v);
    }, (e) => e === err);
    assert.deepStrictEqual(seen, ['a', 'b']);
    assert.strictEqual(ee.listenerCount('data'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // `close` events finish the iteration after draining the buffer.
    const ee = new EventEmitter();
    process.nextTick(() => {
      ee.emit('data', 1);
      ee.emit('data', 2);
      ee.emit('end');
      ee.emit('data', 3);
    });
    const seen = [];
    for await (const [v] of on(ee, 'data', { close: ['end', 'finish'] })) seen.push(v);
    assert.deepStrictEqual(seen, [1, 2]);
    assert.strictEqual(ee.listenerCount('end'), 0);
    assert.strictEqual(ee.listenerCount('finish'), 0);
  }

  {
    // AbortSignal.
    const ee = new EventEmitter();
    const ac = new AbortController();
    process.nextTick(() => ac.abort('stop'));
    await assert.rejects(async () => {
      for await (const x of on(ee, 'data', { signal: ac.signal })) assert.fail(x);
    }, (err) => err.name === 'AbortError' && err.cause === 'stop');
    assert.strictEqual(ee.listenerCount('data'), 0);

    assert.throws(() => on(ee, 'data', { signal: ac.signal }), {
      name: 'AbortError',
      code: 'ABORT_ERR',
      message: 'The operation was aborted',
    });
  }

  {
    // throw() rejects the pending next() and finishes the iterator.
    const ee = new EventEmitter();
    const it = on(ee, 'data');
    const p = it.next();
    const err = new Error('from throw');
    assert.strictEqual(it.throw(err), undefined);
    await assert.rejects(p, (e) => e === err);
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.throws(() => it.throw('not an error'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an ' +
        "instance of Error. Received type string ('not an error')",
    });
  }

  {
    // Iterating 'error' itself does not install a second error listener.
    const ee = new EventEmitter();
    const it = on(ee, 'error');
    assert.strictEqual(ee.listenerCount('error'), 1);
    ee.emit('error', 'e1');
    assert.deepStrictEqual(await it.next(), { value: ['e1'], done: false });
    await it.return();
  }

  // Option validation is synchronous.
  const ee = new EventEmitter();
  assert.throws(() => on(ee, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of ' +
      'AbortSignal. Received type number (1)',
  });
  assert.strictEqual(ee.listenerCount('x'), 0);
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
