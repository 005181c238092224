'use strict';
// IP literals are answered without a request, but still asynchronously; empty
// hostnames answer null (with a DEP0118 warning, once).
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

let sync = true;
const ret = dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
assert.deepStrictEqual(ret, {});

dns.lookup('::1', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));

// The literal's own family wins over the requested one.
dns.lookup('10.1.2.3', { family: 6, all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '10.1.2.3', family: 4 }]);
}));

dns.lookup('fe80::1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: 'fe80::1', family: 6 }]);
}));
sync = false;

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0118');
}));
dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup(null, { family: 6 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup(undefined, { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, []);
}));
