'use strict';
// util.inspect of strings: quote choice and escaping.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(''),
  "''");
assert.strictEqual(
  util.inspect('hello'),
  "'hello'");
assert.strictEqual(
  util.inspect("it's"),
  "\"it's\"");
assert.strictEqual(
  util.inspect('say "hi"'),
  "'say \"hi\"'");
assert.strictEqual(
  util.inspect("both ' and \""),
  "`both ' and \"`");
assert.strictEqual(
  util.inspect(`all ' \" \``),
  "'all \\' \" `'");
assert.strictEqual(
  util.inspect(`all ' \" \${x}`),
  "'all \\' \" ${x}'");
assert.strictEqual(
  util.inspect('new\nline\ttab'),
  "'new\\nline\\ttab'");
assert.strictEqual(
  util.inspect('\x00\x01\x1b\x7f\x85\x9f\xa0'),
  "'\\x00\\x01\\x1B\\x7F\\x85\\x9F '");
assert.strictEqual(
  util.inspect('back\\slash'),
  "'back\\\\slash'");
assert.strictEqual(
  util.inspect('\ud800'),
  "'\\ud800'");
assert.strictEqual(
  util.inspect('\udc00x'),
  "'\\udc00x'");
assert.strictEqual(
  util.inspect('a\ud83d'),
  "'a\\ud83d'");
assert.strictEqual(
  util.inspect('\u{1F600}'),
  "'😀'");
assert.strictEqual(
  util.inspect('\u2028'),
  "' '");
assert.strictEqual(
  util.inspect('é'),
  "'é'");
assert.strictEqual(
  util.inspect({ s: "it's" }),
  "{ s: \"it's\" }");
assert.strictEqual(
  util.inspect(['\n']),
  "[ '\\n' ]");
