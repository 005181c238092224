'use strict';
// Going over the listener limit emits one MaxListenersExceededWarning per
// event name, through process.emitWarning, with Node's exact text.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const ee = new EventEmitter();
for (let i = 0; i < 10; i++) ee.on('data', () => {});
ee.on('other', () => {});

class Custom extends EventEmitter {}
const custom = new Custom();
custom.setMaxListeners(2);
const sym = Symbol('sym');

// The 11th listener crosses the default limit of 10.
ee.on('data', () => {});
// More listeners on the same event do not warn again.
ee.on('data', () => {});
ee.prependListener('data', () => {});

custom.on(sym, () => {});
custom.on(sym, () => {});
custom.once(sym, () => {});

// 0 disables the check.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});

// Infinity as well.
const infinite = new EventEmitter();
infinite.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) infinite.on('x', () => {});

// Warnings are delivered asynchronously.
assert.strictEqual(warnings.length, 0);

process.on('exit', () => {
  assert.strictEqual(warnings.length, 2);

  const [w1, w2] = warnings;
  assert.ok(w1 instanceof Error);
  assert.strictEqual(w1.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w1.message,
                     'Possible EventEmitter memory leak detected. 11 data ' +
                     'listeners added to [EventEmitter]. MaxListeners is 10. ' +
                     'Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w1.emitter, ee);
  assert.strictEqual(w1.type, 'data');
  assert.strictEqual(w1.count, 11);
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w1.code, undefined);

  assert.strictEqual(w2.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w2.message,
                     'Possible EventEmitter memory leak detected. 3 Symbol(sym) ' +
                     'listeners added to [Custom]. MaxListeners is 2. ' +
                     'Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w2.emitter, custom);
  assert.strictEqual(w2.type, sym);
  assert.strictEqual(w2.count, 3);

  // The listener array remembers that it warned.
  assert.strictEqual(ee._events.data.warned, true);
});
