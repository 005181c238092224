'use strict';
// A name that does not resolve: node's ENOTFOUND error with errno, syscall
// and hostname, from the callback and the promise API.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

function check(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.constructor, Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nosuch.invalid');
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.code, dns.NOTFOUND);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nosuch.invalid');
  assert.strictEqual(typeof err.errno, 'number');
  assert.ok(err.errno < 0);
  assert.match(err.stack, /^Error: getaddrinfo ENOTFOUND nosuch\.invalid\n/);
}

dns.lookup('nosuch.invalid', common.mustCall((err, address, family) => {
  check(err);
  assert.strictEqual(address, undefined);
  assert.strictEqual(family, undefined);
}));
dns.lookup('nosuch.invalid', { all: true }, common.mustCall(check));
dns.promises.lookup('nosuch.invalid').then(common.mustNotCall(), common.mustCall(check));
