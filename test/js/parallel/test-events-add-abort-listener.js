'use strict';
// events.addAbortListener(signal, listener): runs the listener once on abort
// (on a microtask if already aborted) and returns a disposable.
const assert = require('node:assert');
const { addAbortListener } = require('node:events');

const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

async function main() {
  assert.strictEqual(addAbortListener.length, 2);

  {
    const ac = new AbortController();
    const events = [];
    const disposable = addAbortListener(ac.signal, (e) => events.push(e.type));
    assert.strictEqual(Object.getPrototypeOf(disposable), null);
    assert.strictEqual(typeof disposable[kDispose], 'function');
    ac.abort();
    ac.abort();
    assert.deepStrictEqual(events, ['abort']);
  }

  {
    // Disposing before abort detaches the listener.
    const ac = new AbortController();
    let called = false;
    const disposable = addAbortListener(ac.signal, () => { called = true; });
    disposable[kDispose]();
    ac.abort();
    assert.strictEqual(called, false);
  }

  {
    // Already aborted: called asynchronously, with no arguments.
    const signal = AbortSignal.abort();
    let args;
    const disposable = addAbortListener(signal, (...a) => { args = a; });
    assert.strictEqual(args, undefined);
    await null;
    assert.deepStrictEqual(args, []);
    disposable[kDispose]();
  }

  assert.throws(() => addAbortListener(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. ' +
      'Received undefined',
  });
  assert.throws(() => addAbortListener({}, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. ' +
      'Received an instance of Object',
  });
  assert.throws(() => addAbortListener(new AbortController().signal, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. ' +
      "Received type string ('x')",
  });
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
