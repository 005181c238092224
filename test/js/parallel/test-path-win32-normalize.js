'use strict';
// path.win32.normalize: mixed separators, drives, UNC roots, device paths.
const assert = require('node:assert');
const { win32 } = require('node:path');

const cases = [
  ['', '.'], ['/', '\\'], ['a/b\\c/..', 'a\\b'], ['C:', 'C:.'], ['C:/', 'C:\\'],
  ['c:/x/../../y', 'c:\\y'], ['C:..\\..\\x', 'C:..\\..\\x'], ['//server/share', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\..\\..', '\\\\server\\share\\'], ['\\\\?\\C:\\x\\..', '\\\\?\\C:'],
  ['//?/x/y', '\\\\?\\x\\y'], ['\\\\\\a', '\\a'], ['a//b/./', 'a\\b\\'], ['./', '.\\'],
  ['CON:', '.\\CON:.'], ['ab:', '.\\ab:'], ['foo:bar', 'foo:bar'], ['a\\b:\\x', '.\\a\\b:\\x'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(win32.normalize(input), expected, input);
}
assert.throws(() => win32.normalize(1), { code: 'ERR_INVALID_ARG_TYPE' });
