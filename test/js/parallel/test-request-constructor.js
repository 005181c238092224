// Request: defaults, URL parsing, method normalization, the init members'
// checks with node's messages, headers and body rules, copying from another
// Request (the body moves over) and clone().
'use strict';
const common = require('../../common');
const assert = require('assert');

function throwsType(fn, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.message, message);
    return true;
  });
}

const r = new Request('HTTP://Example.com:80/a/../b?c#d');
assert.strictEqual(r.url, 'http://example.com/b?c#d');
assert.strictEqual(r.method, 'GET');
assert.strictEqual(r.destination, '');
assert.strictEqual(r.referrer, 'about:client');
assert.strictEqual(r.referrerPolicy, '');
assert.strictEqual(r.mode, 'cors');
assert.strictEqual(r.credentials, 'same-origin');
assert.strictEqual(r.cache, 'default');
assert.strictEqual(r.redirect, 'follow');
assert.strictEqual(r.integrity, '');
assert.strictEqual(r.keepalive, false);
assert.strictEqual(r.isReloadNavigation, false);
assert.strictEqual(r.isHistoryNavigation, false);
assert.strictEqual(r.duplex, 'half');
assert.strictEqual(r.body, null);
assert.strictEqual(r.bodyUsed, false);
assert.ok(r.signal instanceof AbortSignal);
assert.strictEqual(r.signal.aborted, false);
assert.strictEqual(r.headers, r.headers);
assert.strictEqual(new Request(new URL('http://x/y')).url, 'http://x/y');
assert.strictEqual(Object.prototype.toString.call(r), '[object Request]');

// Methods: the six standard ones are upper-cased, others kept as given.
for (const [given, expected] of [['get', 'GET'], ['Post', 'POST'], ['delete', 'DELETE'],
  ['options', 'OPTIONS'], ['put', 'PUT'], ['head', 'HEAD'], ['Get', 'GET'], ['custom', 'custom']]) {
  assert.strictEqual(new Request('http://x/', { method: given }).method, expected);
}
throwsType(() => new Request('http://x/', { method: 'bad method' }),
           "'bad method' is not a valid HTTP method.");
throwsType(() => new Request('http://x/', { method: '' }), "'' is not a valid HTTP method.");
throwsType(() => new Request('http://x/', { method: 'CONNECT' }),
           "'CONNECT' HTTP method is unsupported.");
throwsType(() => new Request('http://x/', { method: 'Trace' }),
           "'Trace' HTTP method is unsupported.");

// Argument and URL errors.
throwsType(() => new Request(), 'Request constructor: 1 argument required, but 0 found.');
assert.throws(() => new Request('/relative'), (err) => {
  assert.strictEqual(err.message, 'Failed to parse URL from /relative');
  assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
  return err instanceof TypeError;
});
throwsType(() => new Request('http://u:p@x/'),
           'Request cannot be constructed from a URL that includes credentials: http://u:p@x/');
throwsType(() => new Request('http://x/', 5),
           'Request constructor: Expected 5 to be one of: Null, Undefined, Object.');

// Enumerated members.
throwsType(() => new Request('http://x/', { mode: 'navigate' }),
           'Request constructor: invalid request mode navigate.');
throwsType(() => new Request('http://x/', { mode: 'bad' }),
           'Request constructor: bad is not an accepted type. Expected one of navigate, ' +
           'same-origin, no-cors, cors.');
throwsType(() => new Request('http://x/', { redirect: 'bad' }),
           'Request constructor: bad is not an accepted type. Expected one of follow, manual, ' +
           'error.');
throwsType(() => new Request('http://x/', { credentials: 'x' }),
           'Request constructor: x is not an accepted type. Expected one of omit, same-origin, ' +
           'include.');
throwsType(() => new Request('http://x/', { cache: 'only-if-cached' }),
           "'only-if-cached' can be set only with 'same-origin' mode");
throwsType(() => new Request('http://x/', { duplex: 'full' }),
           'Request constructor: full is not an accepted type. Expected one of half.');
throwsType(() => new Request('http://x/', { signal: 1 }),
           "Failed to construct 'Request': member signal is not of type AbortSignal.");
throwsType(() => new Request('http://x/', { window: 1 }), "'window' option 'client' must be null");
throwsType(() => new Request('http://x/', { mode: 'no-cors', method: 'PUT' }),
           "'PUT is unsupported in no-cors mode.");
throwsType(() => new Request('http://x/', { referrer: 'nope' }),
           'Referrer "nope" is not a valid URL.');
const init = new Request('http://x/', {
  referrer: 'http://y/z', referrerPolicy: 'origin', mode: 'same-origin', credentials: 'omit',
  cache: 'no-store', redirect: 'manual', integrity: 'sha256-x', keepalive: 1,
});
assert.deepStrictEqual(
  [init.referrer, init.referrerPolicy, init.mode, init.credentials, init.cache, init.redirect,
   init.integrity, init.keepalive],
  ['http://y/z', 'origin', 'same-origin', 'omit', 'no-store', 'manual', 'sha256-x', true]);
assert.strictEqual(new Request('http://x/', { referrer: '' }).referrer, '');

// Bodies.
throwsType(() => new Request('http://x/', { body: 'x' }),
           'Request with GET/HEAD method cannot have body.');
throwsType(() => new Request('http://x/', { method: 'HEAD', body: 'x' }),
           'Request with GET/HEAD method cannot have body.');
throwsType(() => new Request('http://x/', { method: 'POST', body: new ReadableStream() }),
           'RequestInit: duplex option is required when sending a body.');
throwsType(() => new Request('http://x/', {
  method: 'POST', body: new ReadableStream(), duplex: 'half', keepalive: true,
}), 'keepalive');
const locked = new ReadableStream();
locked.getReader();
throwsType(() => new Request('http://x/', { method: 'POST', body: locked, duplex: 'half' }),
           'Response body object should not be disturbed or locked');
const post = new Request('http://x/', { method: 'POST', body: 'hi', headers: { a: 'b' } });
assert.deepStrictEqual([...post.headers], [['a', 'b'], ['content-type', 'text/plain;charset=UTF-8']]);
assert.ok(post.body instanceof ReadableStream);
const typed = new Request('http://x/', {
  method: 'POST', body: 'x', headers: { 'Content-Type': 'mine' },
});
assert.strictEqual(typed.headers.get('content-type'), 'mine');

(async () => {
  // A Request from a Request: members carried over, init headers replace,
  // the body moves (the source reads as used).
  const a = new Request('http://x/', {
    method: 'PUT', headers: { a: 'b' }, redirect: 'manual', body: 'moved',
  });
  const b = new Request(a, { headers: { c: 'd' } });
  assert.strictEqual(b.method, 'PUT');
  assert.strictEqual(b.redirect, 'manual');
  assert.deepStrictEqual([...b.headers], [['c', 'd']]);
  assert.strictEqual(a.bodyUsed, true);
  assert.strictEqual(await b.text(), 'moved');
  throwsType(() => new Request(a), 'Cannot construct a Request with a Request object that ' +
             'has already been used.');

  // clone() tees the body; a used body cannot be cloned.
  const c = new Request('http://x/', { method: 'POST', body: 'twice' });
  const d = c.clone();
  assert.strictEqual(await c.text(), 'twice');
  assert.strictEqual(await d.text(), 'twice');
  assert.strictEqual(c.bodyUsed, true);
  throwsType(() => c.clone(), 'unusable');

  // Signals follow the given one (and clones follow the original's).
  const ac = new AbortController();
  const s = new Request('http://x/', { signal: ac.signal });
  const sc = s.clone();
  assert.notStrictEqual(s.signal, ac.signal);
  ac.abort('why');
  assert.strictEqual(s.signal.aborted, true);
  assert.strictEqual(s.signal.reason, 'why');
  assert.strictEqual(sc.signal.reason, 'why');
  const pre = new Request('http://x/', { signal: AbortSignal.abort('pre') });
  assert.strictEqual(pre.signal.reason, 'pre');
  assert.strictEqual(new Request('http://x/', { signal: null }).signal.aborted, false);

  assert.throws(() => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation',
  });
  await assert.rejects(Request.prototype.text.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation',
  });
})().then(common.mustCall());
