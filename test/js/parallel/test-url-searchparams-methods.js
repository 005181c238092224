'use strict';
// URLSearchParams methods: append/delete/get/getAll/has/set/sort/size and
// the application/x-www-form-urlencoded serialization.
const assert = require('node:assert');

const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '2'), false);

p.delete('a', '1');
assert.strictEqual(p.toString(), 'b=2&a=3');
p.set('a', 'x');
p.append('a', 'y');
p.set('a', 'z');  // replaces the first, drops the rest
assert.strictEqual(p.toString(), 'b=2&a=z');
p.delete('a');
assert.strictEqual(p.toString(), 'b=2');

// Stable sort by UTF-16 code units.
const s = new URLSearchParams('z=1&a=2&z=0&\uFB01=3&\u{1F600}=4&a=1');
s.sort();
assert.deepStrictEqual([...s.keys()], ['a', 'a', 'z', 'z', '\u{1F600}', '\uFB01']);
assert.deepStrictEqual([...s.values()], ['2', '1', '1', '0', '4', '3']);

// Serialization: space as '+', only *-._ and alphanumerics left alone.
const e = new URLSearchParams();
e.append('k y', "a+b&c=d~!'()*-._\u00e9\uD800");
assert.strictEqual(e.toString(), 'k+y=a%2Bb%26c%3Dd%7E%21%27%28%29*-._%C3%A9%EF%BF%BD');

assert.throws(() => p.append('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.set('a'), { code: 'ERR_MISSING_ARGS' });
for (const m of ['get', 'getAll', 'has', 'delete']) {
  assert.throws(() => p[m](), { code: 'ERR_MISSING_ARGS',
                                message: 'The "name" argument must be specified' });
}
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
});
