'use strict';
// emit() passes any number of arguments through, binds `this` to the emitter
// and reports whether anyone was listening.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();
assert.strictEqual(ee.emit('none'), false);
assert.strictEqual(ee.emit('none', 1, 2, 3), false);

const received = [];
ee.on('e', function(...args) {
  assert.strictEqual(this, ee);
  received.push(args);
});

const argLists = [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7]];
for (const args of argLists) {
  assert.strictEqual(ee.emit('e', ...args), true);
}
assert.deepStrictEqual(received, argLists);

// Same with several listeners, and arguments.length is exact.
received.length = 0;
const lengths = [];
ee.on('e', function() {
  assert.strictEqual(this, ee);
  lengths.push(arguments.length);
});
for (const args of argLists) ee.emit('e', ...args);
assert.deepStrictEqual(received, argLists);
assert.deepStrictEqual(lengths, [0, 1, 2, 3, 4, 7]);

// undefined arguments are still counted.
lengths.length = 0;
ee.emit('e', undefined, undefined);
assert.deepStrictEqual(lengths, [2]);

// Symbols work as event names.
const sym = Symbol('sym');
let got;
ee.on(sym, (v) => { got = v; });
assert.strictEqual(ee.emit(sym, 42), true);
assert.strictEqual(got, 42);

// A throwing listener propagates and stops the remaining listeners.
const e2 = new EventEmitter();
let after = false;
e2.on('boom', () => { throw new RangeError('listener threw'); });
e2.on('boom', () => { after = true; });
assert.throws(() => e2.emit('boom'), { name: 'RangeError', message: 'listener threw' });
assert.strictEqual(after, false);
