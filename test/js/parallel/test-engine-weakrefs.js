'use strict';
// WeakRef, FinalizationRegistry and SharedArrayBuffer/Atomics are on.
const assert = require('assert');

assert.strictEqual(typeof WeakRef, 'function');
assert.strictEqual(typeof FinalizationRegistry, 'function');
const sab = new SharedArrayBuffer(8);
const view = new Int32Array(sab);
assert.strictEqual(Atomics.add(view, 0, 5), 0);
assert.strictEqual(Atomics.load(view, 0), 5);

const target = {};
const ref = new WeakRef(target);
assert.strictEqual(ref.deref(), target);
