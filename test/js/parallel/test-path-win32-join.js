'use strict';
// path.win32.join: empty parts, leading separators and UNC first parts.
const assert = require('node:assert');
const { win32 } = require('node:path');

assert.strictEqual(win32.join(), '.');
assert.strictEqual(win32.join('', ''), '.');
assert.strictEqual(win32.join('a', 'b/c', '..\\d'), 'a\\b\\d');
assert.strictEqual(win32.join('//server', 'share'), '\\\\server\\share\\');
assert.strictEqual(win32.join('//', 'server', 'share'), '\\server\\share');
assert.strictEqual(win32.join('\\\\\\a', 'b'), '\\a\\b');
assert.strictEqual(win32.join('C:', 'x'), 'C:\\x');
assert.strictEqual(win32.join('C:\\', '..', 'x'), 'C:\\x');
assert.strictEqual(win32.join('a', 'CON:'), '.\\a\\CON:');
assert.throws(() => win32.join('a', null), { code: 'ERR_INVALID_ARG_TYPE' });
