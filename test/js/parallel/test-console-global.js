'use strict';
// The global console: the object require('console') returns, a namespace
// (not a Console instance, yet `instanceof console.Console`), its methods
// bound so they work detached, writing to process.stdout / process.stderr.
const assert = require('node:assert');

process.env.FORCE_COLOR = '0';  // plain output even on a terminal

assert.strictEqual(require('console'), console);
assert.strictEqual(require('node:console'), console);
assert.strictEqual(typeof console.Console, 'function');
assert.ok(console instanceof console.Console);
assert.notStrictEqual(Object.getPrototypeOf(console), console.Console.prototype);
const proto = Object.getPrototypeOf(console);
assert.deepStrictEqual(Reflect.ownKeys(proto), []);
assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'console');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(desc.writable, true);

assert.deepStrictEqual(Object.keys(console), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug',
  'info', 'dirxml', 'error', 'groupCollapsed', 'Console', 'profile',
  'profileEnd', 'timeStamp', 'context', 'createTask',
]);
for (const key of Object.keys(console.Console.prototype)) {
  assert.strictEqual(typeof console[key], 'function');
  assert.strictEqual(console[key].name, key);
  const d = Object.getOwnPropertyDescriptor(console, key);
  assert.ok(d.writable && d.enumerable && d.configurable, key);
}
assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);

// Inspector-only methods do nothing without an inspector.
assert.strictEqual(console.profile('p'), undefined);
assert.strictEqual(console.profileEnd('p'), undefined);
assert.strictEqual(console.timeStamp('t'), undefined);
assert.strictEqual(console.createTask('task').run(() => 42), 42);
assert.throws(() => console.createTask(), { message: 'First argument must be a non-empty string.' });
assert.strictEqual(typeof console.context('c').log, 'function');

// Detached methods still write through the global console.
const writes = [];
const origOut = process.stdout.write;
const origErr = process.stderr.write;
process.stdout.write = function(chunk) { writes.push(['out', chunk]); return true; };
process.stderr.write = function(chunk) { writes.push(['err', chunk]); return true; };
try {
  const { log, error, info, warn, group, groupEnd, count } = console;
  log('a %d', 1);
  group();
  error('b\nc');
  groupEnd();
  info({ x: [1] });
  warn('w');
  count('global-test');
} finally {
  process.stdout.write = origOut;
  process.stderr.write = origErr;
}
assert.deepStrictEqual(writes, [
  ['out', 'a 1\n'],
  ['err', '  b\n  c\n'],
  ['out', '{ x: [ 1 ] }\n'],
  ['err', 'w\n'],
  ['out', 'global-test: 1\n'],
]);
