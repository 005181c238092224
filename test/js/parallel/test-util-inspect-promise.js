'use strict';
// util.inspect of promises in each state.
const assert = require('node:assert');
const util = require('node:util');

const rejected = Promise.reject(new Number(3));
rejected.catch(() => {});

assert.strictEqual(
  util.inspect(Promise.resolve(1)),
  'Promise { 1 }');
assert.strictEqual(
  util.inspect(new Promise(() => {})),
  'Promise { <pending> }');
assert.strictEqual(
  util.inspect(rejected),
  'Promise { <rejected> [Number: 3] }');
assert.strictEqual(
  util.inspect(Promise.resolve()),
  'Promise { undefined }');
assert.strictEqual(
  util.inspect(Promise.resolve({ a: { b: { c: { d: 1 } } } })),
  'Promise { { a: { b: [Object] } } }');
assert.strictEqual(
  util.inspect(Object.assign(Promise.resolve(2), { x: 1 })),
  'Promise { 2, x: 1 }');
assert.strictEqual(
  util.inspect((() => { class MyPromise extends Promise {} return MyPromise.resolve(1); })()),
  'MyPromise [Promise] { 1 }');
