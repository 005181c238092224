'use strict';
// util.inspect splits long strings on newlines once they exceed breakLength.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect('x'.repeat(100)),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
assert.strictEqual(
  util.inspect('line one\nline two\n'.repeat(6)),
  "'line one\\n' +\n" +
    "  'line two\\n' +\n" +
    "  'line one\\n' +\n" +
    "  'line two\\n' +\n" +
    "  'line one\\n' +\n" +
    "  'line two\\n' +\n" +
    "  'line one\\n' +\n" +
    "  'line two\\n' +\n" +
    "  'line one\\n' +\n" +
    "  'line two\\n' +\n" +
    "  'line one\\n' +\n" +
    "  'line two\\n'");
assert.strictEqual(
  util.inspect({ text: 'first line of text\nsecond line of text\nthird line of text and more' }),
  '{\n' +
    "  text: 'first line of text\\nsecond line of text\\nthird line of text and more'\n" +
    '}');
assert.strictEqual(
  util.inspect(['first line of text\nsecond line of text\nthird line of text and more']),
  '[\n' +
    "  'first line of text\\nsecond line of text\\nthird line of text and more'\n" +
    ']');
assert.strictEqual(
  util.inspect('a\nb'.repeat(10)),
  "'a\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nba\\nb'");
assert.strictEqual(
  util.inspect('short\nlines'),
  "'short\\nlines'");
assert.strictEqual(
  util.inspect('x'.repeat(17) + '\n' + 'y'.repeat(70), { breakLength: 40 }),
  "'xxxxxxxxxxxxxxxxx\\n' +\n" +
    "  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'");
assert.strictEqual(
  util.inspect('line one\nline two\n'.repeat(6), { compact: true }),
  "'line one\\nline two\\nline one\\nline two\\nline one\\nline two\\nline one\\nline two\\nline one\\nline two\\nline one\\nline two\\n'");
