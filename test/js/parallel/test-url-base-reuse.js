'use strict';
// Resolving many references against bases: the same base again, bases taking
// turns, an invalid base met again (it must throw every time, with `base`),
// and bases that differ only after a lone surrogate is replaced.
const assert = require('node:assert');

const a = 'https://a.example/dir/file?q#f';
const b = 'sc://b/x/y';
const expected = [
  ['z', a, 'https://a.example/dir/z'],
  ['../z', b, 'sc://b/z'],
  ['?n', a, 'https://a.example/dir/file?n'],
  ['//c/', b, 'sc://c/'],
  ['#g', a, 'https://a.example/dir/file?q#g'],
  ['', b, 'sc://b/x/y'],
];
for (let round = 0; round < 3; round++) {
  for (const [input, base, href] of expected) {
    assert.strictEqual(new URL(input, base).href, href);
    assert.strictEqual(URL.canParse(input, base), true);
  }
}

for (let i = 0; i < 3; i++) {
  assert.throws(() => new URL('x', 'not a base'), { code: 'ERR_INVALID_URL', base: 'not a base' });
  assert.strictEqual(URL.canParse('x', 'not a base'), false);
  assert.strictEqual(URL.parse('x', 'not a base'), null);
  // An invalid base fails even an absolute input.
  assert.throws(() => new URL('http://ok/', 'not a base'), { input: 'http://ok/' });
  assert.strictEqual(new URL('http://ok/').href, 'http://ok/');
}

assert.strictEqual(new URL('z', 'http://h/\ud800/').href, 'http://h/%EF%BF%BD/z');
assert.strictEqual(new URL('z', 'http://h/\ufffd/').href, 'http://h/%EF%BF%BD/z');
assert.strictEqual(new URL('z', 'http://h/%ef/').href, 'http://h/%ef/z');

// A base object is converted to a string each time.
let calls = 0;
const base = { toString() { calls++; return `http://h${calls}/`; } };
assert.strictEqual(new URL('p', base).href, 'http://h1/p');
assert.strictEqual(new URL('p', base).href, 'http://h2/p');
