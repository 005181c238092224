// FormData: append/set/get/getAll/has/delete, Blob values become Files
// (named "blob", the File itself kept when no name is given), string
// conversion, iteration and forEach, and the TypeErrors node throws.
'use strict';
require('../../common');
const assert = require('assert');

const fd = new FormData();
fd.append('a', '1');
fd.append('b', '2');
fd.append('a', '3');
assert.deepStrictEqual(fd.getAll('a'), ['1', '3']);
assert.strictEqual(fd.get('b'), '2');
assert.strictEqual(fd.get('z'), null);
assert.deepStrictEqual(fd.getAll('z'), []);
assert.strictEqual(fd.has('a'), true);
fd.set('a', '9');
assert.deepStrictEqual([...fd], [['a', '9'], ['b', '2']]);
fd.set('c', '4');
fd.delete('b');
assert.deepStrictEqual([...fd.entries()], [['a', '9'], ['c', '4']]);
assert.deepStrictEqual([...fd.keys()], ['a', 'c']);
assert.deepStrictEqual([...fd.values()], ['9', '4']);

// Values and names are strings (USVString: lone surrogates replaced).
const conv = new FormData();
conv.append('n', 12);
conv.append(3, {});
conv.append('s', '\ud800x');
assert.deepStrictEqual([...conv], [['n', '12'], ['3', '[object Object]'], ['s', '\ufffdx']]);

// Blobs become Files.
const files = new FormData();
files.append('blob', new Blob(['xy'], { type: 'text/x' }));
const blobFile = files.get('blob');
assert.ok(blobFile instanceof File);
assert.strictEqual(blobFile.name, 'blob');
assert.strictEqual(blobFile.type, 'text/x');
assert.strictEqual(blobFile.size, 2);
const file = new File(['abc'], 'orig.txt', { type: 'a/b', lastModified: 5 });
files.append('same', file);
assert.strictEqual(files.get('same'), file);
files.append('renamed', file, 'new.txt');
const renamed = files.get('renamed');
assert.notStrictEqual(renamed, file);
assert.strictEqual(renamed.name, 'new.txt');
assert.strictEqual(renamed.type, 'a/b');
assert.strictEqual(renamed.lastModified, 5);
files.set('blob', new Blob([]), 'empty.bin');
assert.strictEqual(files.get('blob').name, 'empty.bin');

// forEach(value, name, formData).
const calls = [];
fd.forEach(function(v, k, self) { calls.push([v, k, self === fd, this]); }, 'T');
assert.deepStrictEqual(calls.map((c) => c.slice(0, 3)), [['9', 'a', true], ['4', 'c', true]]);

// Errors.
assert.throws(() => new FormData({}), {
  name: 'TypeError',
  message: 'FormData constructor: Argument 1 could not be converted to: undefined.',
});
assert.throws(() => fd.append('a'), {
  name: 'TypeError', message: 'FormData.append: 2 arguments required, but only 1 found.',
});
assert.throws(() => fd.append('a', 'b', 'c'), {
  name: 'TypeError',
  message: "Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'",
});
assert.throws(() => fd.set('a', 1, 'c'), {
  name: 'TypeError',
  message: "Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'",
});
assert.throws(() => fd.get(), {
  name: 'TypeError', message: 'FormData.get: 1 argument required, but 0 found.',
});
assert.throws(() => FormData.prototype.get.call({}, 'x'), {
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation',
});
assert.throws(() => fd.forEach(null), {
  name: 'TypeError',
  message: "Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.",
});

assert.strictEqual(Object.prototype.toString.call(fd), '[object FormData]');
assert.strictEqual(Object.prototype.toString.call(fd.keys()), '[object FormData Iterator]');
assert.strictEqual(FormData.length, 1);
