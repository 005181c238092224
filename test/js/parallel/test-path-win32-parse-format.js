'use strict';
// path.win32.parse and format: roots of every kind, round trips.
const assert = require('node:assert');
const { win32 } = require('node:path');

assert.deepStrictEqual(win32.parse('C:\\path\\dir\\index.html'),
                       { root: 'C:\\', dir: 'C:\\path\\dir', base: 'index.html', ext: '.html', name: 'index' });
assert.deepStrictEqual(win32.parse('\\\\server\\share\\file.txt'),
                       { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(win32.parse('C:'), { root: 'C:', dir: 'C:', base: '', ext: '', name: '' });
assert.deepStrictEqual(win32.parse('C:abc.d'), { root: 'C:', dir: 'C:', base: 'abc.d', ext: '.d', name: 'abc' });
assert.deepStrictEqual(win32.parse('\\'), { root: '\\', dir: '\\', base: '', ext: '', name: '' });
assert.deepStrictEqual(win32.parse('x'), { root: '', dir: '', base: 'x', ext: '', name: 'x' });
assert.deepStrictEqual(win32.parse('.\\..'), { root: '', dir: '.', base: '..', ext: '', name: '..' });
for (const p of ['C:\\a\\b.c', '\\\\s\\h\\x', 'a/b', 'C:x.y', '\\x']) {
  assert.strictEqual(win32.format(win32.parse(p)), p.replace(/\//g, '\\'));
}
assert.strictEqual(win32.format({ dir: 'C:\\x', name: 'n', ext: 'e' }), 'C:\\x\\n.e');
assert.strictEqual(win32.format({ root: 'C:\\', base: 'b' }), 'C:\\b');
assert.throws(() => win32.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
