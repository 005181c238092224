'use strict';
// path.win32.dirname, basename (with suffix) and extname.
const assert = require('node:assert');
const { win32 } = require('node:path');

assert.strictEqual(win32.dirname('c:\\foo\\bar'), 'c:\\foo');
assert.strictEqual(win32.dirname('c:\\'), 'c:\\');
assert.strictEqual(win32.dirname('c:foo'), 'c:');
assert.strictEqual(win32.dirname('\\\\unc\\share'), '\\\\unc\\share');
assert.strictEqual(win32.dirname('\\\\unc\\share\\foo\\'), '\\\\unc\\share\\');
assert.strictEqual(win32.dirname('foo'), '.');
assert.strictEqual(win32.dirname('/a/b/'), '/a');
assert.strictEqual(win32.basename('C:\\dir\\file.ext'), 'file.ext');
assert.strictEqual(win32.basename('C:file.ext', '.ext'), 'file');
assert.strictEqual(win32.basename('a\\b.JS', '.js'), 'b.JS');
assert.strictEqual(win32.basename('C:'), '');
assert.strictEqual(win32.basename('\\\\srv\\sh'), 'sh');
assert.strictEqual(win32.extname('C:\\a.b\\c'), '');
assert.strictEqual(win32.extname('x\\.bashrc'), '');
assert.strictEqual(win32.extname('x/file.tar.gz\\'), '.gz');
assert.strictEqual(win32.extname('C:.x'), '');
assert.strictEqual(win32.extname('..'), '');
