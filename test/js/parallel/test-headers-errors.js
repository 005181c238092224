// Headers: node's (undici's) TypeErrors for bad names, values, inits,
// argument counts, illegal invocation and the immutable guard.
'use strict';
require('../../common');
const assert = require('assert');

function throwsType(fn, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.message, message);
    return true;
  });
}

const list = 'sequence<sequence<ByteString>>, record<ByteString, ByteString>.';
throwsType(() => new Headers(1), `Headers constructor: Argument 1 could not be converted to one of: ${list}`);
throwsType(() => new Headers(null), `Headers constructor: Argument 1 could not be converted to one of: ${list}`);
throwsType(() => new Headers('ab'), `Headers constructor: Argument 1 could not be converted to one of: ${list}`);
throwsType(() => new Headers([['a']]),
           'Headers constructor: expected name/value pair to be length 2, found 1.');
throwsType(() => new Headers([['a', 'b', 'c']]),
           'Headers constructor: expected name/value pair to be length 2, found 3.');
throwsType(() => new Headers([1]), 'Headers contructor: init[0] (1) is not iterable.');
throwsType(() => new Headers({ 'a b': 'x' }), 'Headers.append: "a b" is an invalid header name.');
throwsType(() => new Headers({ a: 'x\ny' }), 'Headers.append: "x\ny" is an invalid header value.');
throwsType(() => new Headers({ a: Symbol('s') }),
           'Headers contructor: init is a symbol, which cannot be converted to a DOMString.');

const h = new Headers();
throwsType(() => h.append('', 'a'), 'Headers.append: "" is an invalid header name.');
throwsType(() => h.append('a', 'a\0b'), 'Headers.append: "a\0b" is an invalid header value.');
throwsType(() => h.append('a', 'Ā'),
           'Cannot convert argument to a ByteString because the character at index 0 has a ' +
           'value of 256 which is greater than 255.');
throwsType(() => h.append('a'), 'Headers.append: 2 arguments required, but only 1 found.');
throwsType(() => h.get(), 'Headers.get: 1 argument required, but 0 found.');
throwsType(() => h.get('a b'), 'Headers.get: "a b" is an invalid header name.');
throwsType(() => h.has('a b'), 'Headers.has: "a b" is an invalid header name.');
throwsType(() => h.delete('a b'), 'Headers.delete: "a b" is an invalid header name.');
throwsType(() => h.set('a b', 'c'), 'Headers.set: "a b" is an invalid header name.');
throwsType(() => h.append(Symbol('s'), 'x'),
           'Headers.append: name is a symbol, which cannot be converted to a DOMString.');
throwsType(() => h.forEach(1),
           "Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
// A value that is only whitespace normalizes to '' and is accepted.
h.set('a', '\n');
assert.strictEqual(h.get('a'), '');

assert.throws(() => Headers.prototype.get.call({}, 'a'),
              { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation' });
throwsType(() => new Headers().keys().next.call({}),
           "'next' called on an object that does not implement interface Headers Iterator.");

// The headers of Response.error() and Response.redirect() are immutable.
for (const res of [Response.error(), Response.redirect('http://example.com/')]) {
  throwsType(() => res.headers.set('a', 'b'), 'immutable');
  throwsType(() => res.headers.append('a', 'b'), 'immutable');
  throwsType(() => res.headers.delete('location'), 'immutable');
}
// Request and Response headers are mutable; forbidden names are not
// filtered (as in node).
const r = new Request('http://example.com/', { headers: { host: 'x', cookie: 'c=1' } });
r.headers.set('connection', 'close');
assert.deepStrictEqual([...r.headers],
                       [['connection', 'close'], ['cookie', 'c=1'], ['host', 'x']]);
