'use strict';
// path.win32.resolve: drives, UNC, and the POSIX cwd read with '\' separators.
const assert = require('node:assert');
const { win32 } = require('node:path');

const cwd = process.cwd().replace(/\//g, '\\');
assert.strictEqual(win32.resolve(), cwd);
assert.strictEqual(win32.resolve('.'), cwd);
assert.strictEqual(win32.resolve('foo'), win32.join(cwd, 'foo'));
assert.strictEqual(win32.resolve('C:foo'), `C:${win32.join(cwd, 'foo')}`);
assert.strictEqual(win32.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');
assert.strictEqual(win32.resolve('c:/ignore', 'c:/some/file'), 'c:\\some\\file');
assert.strictEqual(win32.resolve('d:/ignore', 'd:some/dir//'), 'd:\\ignore\\some\\dir');
assert.strictEqual(win32.resolve('//server/share', '..', 'relative\\'), '\\\\server\\share\\relative');
assert.strictEqual(win32.resolve('\\\\srv\\sh'), '\\\\srv\\sh\\');
assert.strictEqual(win32.resolve('\\\\?\\C:\\a', '..\\..\\q'), '\\\\?\\q');
assert.strictEqual(win32.resolve('c:/', '//'), 'c:\\');
assert.strictEqual(win32.resolve('c:/', '//dir'), 'c:\\dir');
assert.throws(() => win32.resolve('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"paths\[1\]"/ });
