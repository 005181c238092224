'use strict';
// util.inspect measures wide (CJK, emoji) and zero-width characters when grouping arrays.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(Array.from({ length: 20 }, (_, i) => '字'.repeat(i % 5 + 1))),
  '[\n' +
    "  '字',         '字字',\n" +
    "  '字字字',     '字字字字',\n" +
    "  '字字字字字', '字',\n" +
    "  '字字',       '字字字',\n" +
    "  '字字字字',   '字字字字字',\n" +
    "  '字',         '字字',\n" +
    "  '字字字',     '字字字字',\n" +
    "  '字字字字字', '字',\n" +
    "  '字字',       '字字字',\n" +
    "  '字字字字',   '字字字字字'\n" +
    ']');
assert.strictEqual(
  util.inspect(['日本', '中文字', '한국어', 'ａｂｃ', '😀😀', 'é', 'e\u0301', 'x', 'y', 'z']),
  '[\n' +
    "  '日本',   '中文字',\n" +
    "  '한국어', 'ａｂｃ',\n" +
    "  '😀😀',   'é',\n" +
    "  'é',      'x',\n" +
    "  'y',      'z'\n" +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 12 }, (_, i) => 'ab\u200b'.repeat(i % 3 + 1))),
  '[\n' +
    "  'ab​',     'ab​ab​',\n" +
    "  'ab​ab​ab​', 'ab​',\n" +
    "  'ab​ab​',   'ab​ab​ab​',\n" +
    "  'ab​',     'ab​ab​',\n" +
    "  'ab​ab​ab​', 'ab​',\n" +
    "  'ab​ab​',   'ab​ab​ab​'\n" +
    ']');
