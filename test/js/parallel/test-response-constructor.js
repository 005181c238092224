// Response: status/statusText/headers checks, body content types,
// Response.error/json/redirect, the body mixins (text, json, arrayBuffer,
// bytes, blob), bodyUsed, "unusable" errors and clone().
'use strict';
const common = require('../../common');
const assert = require('assert');

const plain = new Response();
assert.deepStrictEqual(
  [plain.type, plain.url, plain.redirected, plain.status, plain.ok, plain.statusText, plain.body],
  ['default', '', false, 200, true, '', null]);
assert.strictEqual(Object.prototype.toString.call(plain), '[object Response]');

const r = new Response('hello', { status: 201, statusText: 'Created', headers: { a: 'b' } });
assert.strictEqual(r.status, 201);
assert.strictEqual(r.statusText, 'Created');
assert.deepStrictEqual([...r.headers], [['a', 'b'], ['content-type', 'text/plain;charset=UTF-8']]);
assert.strictEqual(new Response(null, { status: 404 }).ok, false);
assert.strictEqual(new Response(null, { status: '201' }).status, 201);
assert.strictEqual(new Response(null, { status: 2 ** 32 + 200 }).status, 200);
assert.strictEqual(new Response(null, { statusText: 'ÿ' }).statusText, 'ÿ');

for (const status of [99, 600, NaN]) {
  assert.throws(() => new Response(null, { status }), {
    name: 'RangeError',
    message: 'init["status"] must be in the range of 200 to 599, inclusive.',
  });
}
assert.throws(() => new Response('x', { status: 204 }), {
  name: 'TypeError', message: 'Response constructor: Invalid response status code 204',
});
assert.throws(() => new Response('', { status: 304 }), {
  name: 'TypeError', message: 'Response constructor: Invalid response status code 304',
});
assert.throws(() => new Response(null, { statusText: 'a\nb' }),
              { name: 'TypeError', message: 'Invalid statusText' });
assert.throws(() => new Response(null, 5), {
  name: 'TypeError', message: 'undefined: Expected 5 to be one of: Null, Undefined, Object.',
});

// Content types of extracted bodies.
const ct = (body) => new Response(body).headers.get('content-type');
assert.strictEqual(ct(new URLSearchParams('a=1')), 'application/x-www-form-urlencoded;charset=UTF-8');
assert.strictEqual(ct(new ArrayBuffer(2)), null);
assert.strictEqual(ct(new Uint8Array(2)), null);
assert.strictEqual(ct(new Blob([], { type: 'A/B' })), 'a/b');
assert.strictEqual(ct(new Blob([])), null);
assert.strictEqual(ct(42), 'text/plain;charset=UTF-8');

// Statics.
const err = Response.error();
assert.deepStrictEqual([err.type, err.status, err.statusText, err.body, err.ok],
                       ['error', 0, '', null, false]);
const red = Response.redirect('http://example.com/a b', 301);
assert.strictEqual(red.status, 301);
assert.strictEqual(red.headers.get('location'), 'http://example.com/a%20b');
assert.strictEqual(Response.redirect('http://x/').status, 302);
assert.throws(() => Response.redirect('http://x/', 200),
              { name: 'RangeError', message: 'Invalid status code 200' });
assert.throws(() => Response.redirect('/rel'),
              { name: 'TypeError', message: 'Failed to parse URL from /rel' });
assert.throws(() => Response.json(undefined),
              { name: 'TypeError', message: 'Value is not JSON serializable' });
assert.throws(() => Response.json({}, { status: 204 }), {
  name: 'TypeError', message: 'Response constructor: Invalid response status code 204',
});

(async () => {
  const j = Response.json({ a: [1] }, { status: 202, headers: { x: 'y' } });
  assert.strictEqual(j.status, 202);
  assert.strictEqual(j.headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(await j.json(), { a: [1] });
  assert.strictEqual(Response.json('s', { headers: { 'content-type': 'x/y' } })
    .headers.get('content-type'), 'x/y');

  // Mixins.
  assert.strictEqual(await new Response('abc').text(), 'abc');
  assert.strictEqual(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 65])).text(), 'A');
  assert.strictEqual(await new Response(new Uint8Array([0xff, 65])).text(), '\ufffdA');
  assert.strictEqual(await new Response(null).text(), '');
  const ab = await new Response('xy').arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [120, 121]);
  const bytes = await new Response('xy').bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual([...bytes], [120, 121]);
  const blob = await new Response('xy', {
    headers: { 'content-type': 'Text/Plain; Charset="UTF-8"' },
  }).blob();
  assert.strictEqual(blob.type, 'text/plain;charset=utf-8');
  assert.strictEqual(await blob.text(), 'xy');
  assert.strictEqual((await new Response('x', { headers: { 'content-type': 'bad' } }).blob()).type, '');
  await assert.rejects(new Response('{').json(), SyntaxError);
  await assert.rejects(new Response('').json(), SyntaxError);
  assert.deepStrictEqual(await new Response('\ufeff{"a":1}').json(), { a: 1 });
  // Bodies copy their source: changing the buffer later changes nothing.
  const src = new Uint8Array([65, 66]);
  const fromView = new Response(src);
  src[0] = 0;
  assert.strictEqual(await fromView.text(), 'AB');
  const blobBody = new Response(new Blob(['bl', 'ob']));
  assert.strictEqual(await blobBody.text(), 'blob');

  // Used bodies.
  const used = new Response('once');
  const p = used.text();
  assert.strictEqual(used.bodyUsed, true);
  assert.strictEqual(await p, 'once');
  await assert.rejects(used.text(), {
    name: 'TypeError', message: 'Body is unusable: Body has already been read',
  });
  assert.throws(() => used.clone(), {
    name: 'TypeError', message: 'Response.clone: Body has already been consumed.',
  });
  const afterUse = used.body;
  assert.ok(afterUse instanceof ReadableStream);
  assert.strictEqual(afterUse.locked, true);

  const locked = new Response('x');
  locked.body.getReader();
  assert.strictEqual(locked.bodyUsed, false);
  await assert.rejects(locked.text(), {
    name: 'TypeError', message: 'Body is unusable: Body has already been read',
  });

  // clone() gives two independent bodies and copies headers.
  const orig = new Response('cl', { headers: { k: 'v' } });
  const copy = orig.clone();
  copy.headers.set('k', 'changed');
  assert.strictEqual(orig.headers.get('k'), 'v');
  assert.deepStrictEqual([await orig.text(), await copy.text()], ['cl', 'cl']);
  // The bytes handed out are copies: changing them leaves a clone alone.
  const shared = new Response('ab');
  const twin = shared.clone();
  new Uint8Array(await shared.arrayBuffer())[0] = 0;
  assert.strictEqual(await twin.text(), 'ab');
  const sab = new SharedArrayBuffer(2);
  new Uint8Array(sab).set([67, 68]);
  // As in node: a SharedArrayBuffer is stringified, a view on one refused.
  assert.strictEqual(await new Response(sab).text(), '[object SharedArrayBuffer]');
  assert.throws(() => new Response(new Uint8Array(sab)), {
    name: 'TypeError', message: 'ArrayBuffer: SharedArrayBuffer is not allowed.',
  });
  const immutable = Response.redirect('http://x/', 301).clone();
  assert.throws(() => immutable.headers.set('a', 'b'), { message: 'immutable' });
})().then(common.mustCall());
