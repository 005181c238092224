'use strict';
// A URL is an object of class URL made by the `url` binding: getters are
// accessors on URL.prototype that check their receiver, subclasses get their
// own prototype, the instance has no own properties, and invalid input throws
// a plain TypeError with code ERR_INVALID_URL.
const assert = require('node:assert');

const url = new URL('https://user:pw@example.com:8080/a/b?c=d#e');
assert.deepStrictEqual(Object.keys(url), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(url), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(url), []);
assert.deepStrictEqual({ ...url }, {});
assert.strictEqual(Object.getPrototypeOf(url), URL.prototype);
assert.strictEqual(url.constructor, URL);
assert.strictEqual(Object.prototype.toString.call(url), '[object URL]');
assert.strictEqual(JSON.stringify({ url }), '{"url":"https://user:pw@example.com:8080/a/b?c=d#e"}');
assert.strictEqual(`${url}`, url.href);

const names = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
for (const name of [...names, 'origin', 'searchParams']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.strictEqual(typeof desc.get, 'function', name);
  assert.strictEqual(desc.get.name, `get ${name}`);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
  assert.throws(() => desc.get.call({}), TypeError);
  assert.throws(() => desc.get.call(undefined), TypeError);
  if (name !== 'origin' && name !== 'searchParams') {
    assert.strictEqual(desc.set.name, `set ${name}`);
    assert.throws(() => desc.set.call(Object.create(URL.prototype), 'x'), TypeError);
  }
}
assert.throws(() => URL.prototype.href, TypeError);
assert.throws(() => URL.prototype.toString.call({ href: 'x' }), TypeError);
assert.throws(() => URL.prototype.toJSON.call(null), TypeError);

// Subclasses keep their prototype and may add state.
class MyURL extends URL {
  #tag = 'mine';
  constructor(input, base) {
    super(input, base);
    this.extra = 1;
  }
  get tag() { return `${this.#tag}:${this.hostname}`; }
}
const mine = new MyURL('x', 'http://h.example/a/');
assert.ok(mine instanceof MyURL && mine instanceof URL);
assert.strictEqual(mine.href, 'http://h.example/a/x');
assert.strictEqual(mine.tag, 'mine:h.example');
assert.deepStrictEqual(Object.keys(mine), ['extra']);
mine.pathname = '/y';
assert.strictEqual(mine.href, 'http://h.example/y');

// URL.parse() gives URL instances, URL.canParse() a boolean.
const parsed = URL.parse('?q', 'sc://h/p');
assert.ok(parsed instanceof URL);
assert.strictEqual(parsed.href, 'sc://h/p?q');
assert.strictEqual(URL.parse('::'), null);
assert.strictEqual(URL.canParse('::'), false);
assert.strictEqual(URL.canParse('a', 'http://b/'), true);

// Setters work on frozen URLs (the state is not in properties).
const frozen = Object.freeze(new URL('http://h/'));
frozen.search = 'a=1';
assert.strictEqual(frozen.href, 'http://h/?a=1');
assert.strictEqual(frozen.searchParams.get('a'), '1');

// The error: a TypeError with code and input (and base) properties.
for (const [input, base] of [['nope'], ['/x', 'also nope'], ['http://[::1', undefined]]) {
  assert.throws(() => new URL(input, base), (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.toString(), 'TypeError: Invalid URL');
    assert.strictEqual(err.input, input);
    assert.strictEqual(err.base, base);
    assert.match(err.stack, /^TypeError: Invalid URL\n {4}at /);
    return true;
  });
}

// Lone surrogates are replaced (USVString) and strings are taken as they are.
assert.strictEqual(new URL('http://h/\ud800?\udc00#\ud83d').href,
                   'http://h/%EF%BF%BD?%EF%BF%BD#%EF%BF%BD');
assert.strictEqual(new URL('http://h/\ud83d\ude00').pathname, '/%F0%9F%98%80');
const latin1 = 'http://h/caf\u00e9?\u00ff';
assert.strictEqual(new URL(latin1).href, 'http://h/caf%C3%A9?%C3%BF');
