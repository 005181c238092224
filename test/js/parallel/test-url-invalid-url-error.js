'use strict';
// new URL() on bad input throws TypeError ERR_INVALID_URL with the input
// (and base) as properties, not in the message; URL.parse() gives null and
// URL.canParse() false; a missing argument is ERR_MISSING_ARGS.
const assert = require('node:assert');

assert.throws(() => new URL('no scheme'), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'no scheme');
  assert.strictEqual('base' in err, false);
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});

assert.throws(() => new URL('rel/path', 'not a base'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.input, 'rel/path');
  assert.strictEqual(err.base, 'not a base');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});

// Arguments are converted to strings first; a null base is the string 'null'.
assert.throws(() => new URL('http://a', null), { code: 'ERR_INVALID_URL', base: 'null' });
assert.strictEqual(new URL({ toString() { return 'http://x/y'; } }).href, 'http://x/y');

const url = new URL('http://a/');
assert.throws(() => { url.href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(url.href, 'http://a/');

assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('/x', 'http://h').href, 'http://h/x');
assert.strictEqual(URL.canParse('nope'), false);
assert.strictEqual(URL.canParse('/x', 'http://h'), true);

for (const fn of [() => new URL(), () => URL.parse(), () => URL.canParse()]) {
  assert.throws(fn, { code: 'ERR_MISSING_ARGS', name: 'TypeError',
                      message: 'The "url" argument must be specified' });
}
