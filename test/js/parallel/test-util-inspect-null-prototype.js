'use strict';
// util.inspect of null-prototype objects.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(Object.create(null)),
  '[Object: null prototype] {}');
assert.strictEqual(
  util.inspect(Object.assign(Object.create(null), { a: 1, b: [2] })),
  '[Object: null prototype] { a: 1, b: [ 2 ] }');
assert.strictEqual(
  util.inspect(Object.create(Object.create(null))),
  'Object <[Object: null prototype] {}> {}');
assert.strictEqual(
  util.inspect(Object.create(null, { name: { value: 'Tim', enumerable: true }, hidden: { value: 'secret' } }), { showHidden: true }),
  "[Object: null prototype] { name: 'Tim', [hidden]: 'secret' }");
assert.strictEqual(
  util.inspect(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Tag' })),
  '[Object: null prototype] [Tag] {}');
