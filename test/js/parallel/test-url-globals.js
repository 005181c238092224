'use strict';
// URL and URLSearchParams are globals (non-enumerable, writable), the same
// classes node:url exports, with Node's prototype shape.
const assert = require('node:assert');
const url = require('node:url');

for (const name of ['URL', 'URLSearchParams']) {
  assert.strictEqual(typeof globalThis[name], 'function');  // (eddy loads them on first use)
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.writable, true, name);
  assert.strictEqual(desc.value, url[name], name);
}
assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve', 'resolveObject', 'format',
  'URL', 'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath',
  'urlToHttpOptions']);

assert.deepStrictEqual(Object.keys(URL.prototype), ['toString', 'href', 'origin', 'protocol',
  'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams',
  'hash', 'toJSON']);
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.deepStrictEqual(Object.keys(URLSearchParams.prototype), ['size', 'append', 'delete', 'get',
  'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
assert.strictEqual(Object.prototype.toString.call(new URL('http://a')), '[object URL]');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
assert.deepStrictEqual(Object.keys(new URL('http://a')), []);
assert.strictEqual(URL.length, 1);
assert.strictEqual(URLSearchParams.length, 0);

const u = new URL('http://h/\u00e9?x#y');
assert.strictEqual(String(u), u.href);
assert.strictEqual(JSON.stringify({ u }), '{"u":"http://h/%C3%A9?x#y"}');
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.revokeObjectURL('blob:nothing'), undefined);
