'use strict';
// path.win32.relative: case-insensitive, across drives and UNC shares.
const assert = require('node:assert');
const { win32 } = require('node:path');

const cases = [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'], ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
  ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'], ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'], ['c:/aaaa/bbbb', 'C:\\AAAA\\BBBB', ''],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
  ['\\\\a\\b', '\\\\a\\c', '..\\c'], ['C:\\baz-quux', 'C:\\baz', '..\\baz'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz', '..\\baz'],
];
for (const [from, to, expected] of cases) {
  assert.strictEqual(win32.relative(from, to), expected, `${from} -> ${to}`);
}
assert.throws(() => win32.relative(1, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
