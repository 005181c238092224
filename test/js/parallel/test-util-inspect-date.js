'use strict';
// util.inspect of Date objects.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(new Date(0)),
  '1970-01-01T00:00:00.000Z');
assert.strictEqual(
  util.inspect(new Date(1e12)),
  '2001-09-09T01:46:40.000Z');
assert.strictEqual(
  util.inspect(new Date(NaN)),
  'Invalid Date');
assert.strictEqual(
  util.inspect((() => { const d = new Date(86400000); d.x = 1; return d; })()),
  '1970-01-02T00:00:00.000Z { x: 1 }');
assert.strictEqual(
  util.inspect((() => { class MyDate extends Date {} return new MyDate(0); })()),
  'MyDate 1970-01-01T00:00:00.000Z');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(new Date(0), null)),
  '[Date: null prototype] 1970-01-01T00:00:00.000Z');
assert.strictEqual(
  util.inspect({ d: new Date(0) }),
  '{ d: 1970-01-01T00:00:00.000Z }');
