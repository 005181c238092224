'use strict';
// path.posix: normalize, join, resolve, relative, parse round trip.
const assert = require('node:assert');
const { posix } = require('node:path');

assert.strictEqual(posix.normalize('/a//b/../c/./'), '/a/c/');
assert.strictEqual(posix.normalize(''), '.');
assert.strictEqual(posix.join('a', '', '../b'), 'b');
assert.strictEqual(posix.resolve('/a', 'b', '../c'), '/a/c');
assert.strictEqual(posix.relative('/a/b/c', '/a/d'), '../../d');
assert.strictEqual(posix.dirname('//a'), '//');
assert.strictEqual(posix.basename('/a/b.js/', '.js'), 'b');
assert.strictEqual(posix.extname('.profile'), '');
assert.deepStrictEqual(posix.parse('/home/u/f.txt'),
                       { root: '/', dir: '/home/u', base: 'f.txt', ext: '.txt', name: 'f' });
assert.strictEqual(posix.format({ root: '/', name: 'x', ext: 'y' }), '/x.y');
assert.strictEqual(posix.toNamespacedPath('a\\b'), 'a\\b');
