'use strict';
// util.inspect groups arrays with more than six entries into aligned columns.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([1, 2, 3, 4, 5, 6]),
  '[ 1, 2, 3, 4, 5, 6 ]');
assert.strictEqual(
  util.inspect([1, 2, 3, 4, 5, 6, 7]),
  '[\n  1, 2, 3, 4,\n  5, 6, 7\n]');
assert.strictEqual(
  util.inspect(Array.from({ length: 26 }, (_, i) => i)),
  '[\n' +
    '   0,  1,  2,  3,  4,  5,  6,  7,\n' +
    '   8,  9, 10, 11, 12, 13, 14, 15,\n' +
    '  16, 17, 18, 19, 20, 21, 22, 23,\n' +
    '  24, 25\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 30 }, (_, i) => i * 1000)),
  '[\n' +
    '      0,  1000,  2000,  3000,  4000,\n' +
    '   5000,  6000,  7000,  8000,  9000,\n' +
    '  10000, 11000, 12000, 13000, 14000,\n' +
    '  15000, 16000, 17000, 18000, 19000,\n' +
    '  20000, 21000, 22000, 23000, 24000,\n' +
    '  25000, 26000, 27000, 28000, 29000\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 30 }, (_, i) => (i % 2 ? -i : i) * 100)),
  '[\n' +
    '      0,  -100,   200,  -300,   400,\n' +
    '   -500,   600,  -700,   800,  -900,\n' +
    '   1000, -1100,  1200, -1300,  1400,\n' +
    '  -1500,  1600, -1700,  1800, -1900,\n' +
    '   2000, -2100,  2200, -2300,  2400,\n' +
    '  -2500,  2600, -2700,  2800, -2900\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 30 }, (_, i) => 'item' + 'x'.repeat(i % 7))),
  '[\n' +
    "  'item',       'itemx',      'itemxx',\n" +
    "  'itemxxx',    'itemxxxx',   'itemxxxxx',\n" +
    "  'itemxxxxxx', 'item',       'itemx',\n" +
    "  'itemxx',     'itemxxx',    'itemxxxx',\n" +
    "  'itemxxxxx',  'itemxxxxxx', 'item',\n" +
    "  'itemx',      'itemxx',     'itemxxx',\n" +
    "  'itemxxxx',   'itemxxxxx',  'itemxxxxxx',\n" +
    "  'item',       'itemx',      'itemxx',\n" +
    "  'itemxxx',    'itemxxxx',   'itemxxxxx',\n" +
    "  'itemxxxxxx', 'item',       'itemx'\n" +
    ']');
assert.strictEqual(
  util.inspect('The quick brown fox jumps over the lazy dog and keeps on running'.split(' ')),
  '[\n' +
    "  'The',     'quick',\n" +
    "  'brown',   'fox',\n" +
    "  'jumps',   'over',\n" +
    "  'the',     'lazy',\n" +
    "  'dog',     'and',\n" +
    "  'keeps',   'on',\n" +
    "  'running'\n" +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n)),
  '[\n' +
    '        0n,       1n,      32n,\n' +
    '      243n,    1024n,    3125n,\n' +
    '     7776n,   16807n,   32768n,\n' +
    '    59049n,  100000n,  161051n,\n' +
    '   248832n,  371293n,  537824n,\n' +
    '   759375n, 1048576n, 1419857n,\n' +
    '  1889568n, 2476099n\n' +
    ']');
assert.strictEqual(
  util.inspect(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b', 'c', 'd', 'e', 'f', 'g']),
  "[ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b', 'c', 'd', 'e', 'f', 'g' ]");
assert.strictEqual(
  util.inspect(Array.from({ length: 4 }, () => Array.from({ length: 20 }, (_, j) => j * 1000))),
  '[\n' +
    '  [\n' +
    '        0,  1000,  2000,  3000,\n' +
    '     4000,  5000,  6000,  7000,\n' +
    '     8000,  9000, 10000, 11000,\n' +
    '    12000, 13000, 14000, 15000,\n' +
    '    16000, 17000, 18000, 19000\n' +
    '  ],\n' +
    '  [\n' +
    '        0,  1000,  2000,  3000,\n' +
    '     4000,  5000,  6000,  7000,\n' +
    '     8000,  9000, 10000, 11000,\n' +
    '    12000, 13000, 14000, 15000,\n' +
    '    16000, 17000, 18000, 19000\n' +
    '  ],\n' +
    '  [\n' +
    '        0,  1000,  2000,  3000,\n' +
    '     4000,  5000,  6000,  7000,\n' +
    '     8000,  9000, 10000, 11000,\n' +
    '    12000, 13000, 14000, 15000,\n' +
    '    16000, 17000, 18000, 19000\n' +
    '  ],\n' +
    '  [\n' +
    '        0,  1000,  2000,  3000,\n' +
    '     4000,  5000,  6000,  7000,\n' +
    '     8000,  9000, 10000, 11000,\n' +
    '    12000, 13000, 14000, 15000,\n' +
    '    16000, 17000, 18000, 19000\n' +
    '  ]\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }),
  '[\n' +
    '   0,  1,  2,  3,\n' +
    '   4,  5,  6,  7,\n' +
    '   8,  9, 10, 11,\n' +
    '  12, 13, 14, 15,\n' +
    '  16, 17, 18, 19,\n' +
    '  20, 21, 22, 23,\n' +
    '  24, 25, 26, 27,\n' +
    '  28, 29\n' +
    ']');
assert.strictEqual(
  util.inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 }),
  '[\n' +
    '   0,  1,  2,  3,  4,  5,  6,  7,  8,\n' +
    '   9, 10, 11, 12, 13, 14, 15, 16, 17,\n' +
    '  18, 19, 20, 21, 22, 23, 24, 25, 26,\n' +
    '  27, 28, 29\n' +
    ']');
