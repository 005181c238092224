'use strict';
// util.inspect of proxies, with and without showProxy; traps are never triggered.
const assert = require('node:assert');
const util = require('node:util');

const throwing = new Proxy({ a: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } });

assert.strictEqual(
  util.inspect(new Proxy({ a: 1 }, {})),
  '{ a: 1 }');
assert.strictEqual(
  util.inspect(new Proxy([1, 2], {})),
  '[ 1, 2 ]');
assert.strictEqual(
  util.inspect(new Proxy(function f() {}, {})),
  '[Function: f]');
assert.strictEqual(
  util.inspect(throwing),
  '{ a: 1 }');
assert.strictEqual(
  util.inspect(new Proxy({ a: 1 }, { get() {} }), { showProxy: true }),
  'Proxy [ { a: 1 }, { get: [Function: get] } ]');
assert.strictEqual(
  util.inspect((() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()),
  '<Revoked Proxy>');
assert.strictEqual(
  util.inspect(new Proxy({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } }, {})),
  'custom');
