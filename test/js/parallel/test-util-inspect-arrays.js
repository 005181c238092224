'use strict';
// util.inspect of arrays: holes, extra keys, subclasses, more than 100 items.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([]),
  '[]');
assert.strictEqual(
  util.inspect([1, 'a', null, undefined, true, { a: 1 }, [2]]),
  "[ 1, 'a', null, undefined, true, { a: 1 }, [ 2 ] ]");
assert.strictEqual(
  util.inspect([1, , 3, , , 6]),
  '[ 1, <1 empty item>, 3, <2 empty items>, 6 ]');
assert.strictEqual(
  util.inspect(new Array(5)),
  '[ <5 empty items> ]');
assert.strictEqual(
  util.inspect([, 1]),
  '[ <1 empty item>, 1 ]');
assert.strictEqual(
  util.inspect((() => { const a = [1, 2]; a.length = 4; return a; })()),
  '[ 1, 2, <2 empty items> ]');
assert.strictEqual(
  util.inspect((() => { const a = [1, 2, 3]; a.foo = 'bar'; a['-1'] = -1; return a; })()),
  "[ 1, 2, 3, foo: 'bar', '-1': -1 ]");
assert.strictEqual(
  util.inspect((() => { const a = [1, , 3]; a.foo = 'bar'; return a; })()),
  "[ 1, <1 empty item>, 3, foo: 'bar' ]");
assert.strictEqual(
  util.inspect((() => { const a = []; a['00'] = 1; a[1] = 0; return a; })()),
  "[ <1 empty item>, 0, '00': 1 ]");
assert.strictEqual(
  util.inspect((() => { const a = []; a[5] = 1; a[100] = 2; return a; })()),
  '[ <5 empty items>, 1, <94 empty items>, 2 ]');
assert.strictEqual(
  util.inspect(Array.from({ length: 101 }, (_, i) => i)),
  '[\n' +
    '   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n' +
    '  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n' +
    '  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n' +
    '  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n' +
    '  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n' +
    '  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n' +
    '  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n' +
    '  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n' +
    '  96, 97, 98, 99,\n' +
    '  ... 1 more item\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 250 }, () => 0)),
  '[\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0,\n' +
    '  ... 150 more items\n' +
    ']');
assert.strictEqual(
  util.inspect((() => { class MyArray extends Array {} return MyArray.from([1, 2, 3]); })()),
  'MyArray(3) [ 1, 2, 3 ]');
assert.strictEqual(
  util.inspect(Object.create([])),
  'Array {}');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf([1, 2], null)),
  '[Array(2): null prototype] [ 1, 2 ]');
assert.strictEqual(
  util.inspect([[1, 2, [3, 4, [5, [6]]]]]),
  '[ [ 1, 2, [ 3, 4, [Array] ] ] ]');
