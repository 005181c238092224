'use strict';
// path.win32.isAbsolute and toNamespacedPath; sep/delimiter and cross links.
const assert = require('node:assert');
const path = require('node:path');
const { win32 } = path;

for (const p of ['/', '\\x', '//server', 'C:/', 'c:\\x', '\\\\?\\x']) assert.strictEqual(win32.isAbsolute(p), true, p);
for (const p of ['', 'C:', 'c:x', 'x/y', '.']) assert.strictEqual(win32.isAbsolute(p), false, p);
assert.strictEqual(win32.toNamespacedPath('C:\\x\\..\\y'), '\\\\?\\C:\\y');
assert.strictEqual(win32.toNamespacedPath('\\\\a\\b\\c'), '\\\\?\\UNC\\a\\b\\c');
assert.strictEqual(win32.toNamespacedPath('\\\\?\\C:\\x'), '\\\\?\\C:\\x');
assert.strictEqual(win32.toNamespacedPath(''), '');
assert.strictEqual(win32.toNamespacedPath(5), 5);
assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');
assert.strictEqual(win32.win32, win32);
assert.strictEqual(win32.posix, path.posix);
assert.strictEqual(path.posix.win32, win32);
