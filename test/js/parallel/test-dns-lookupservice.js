'use strict';
// lookupService through getnameinfo: (hostname, service) for a loopback
// address and a well-known port, a numeric service for an unknown one, the
// promise form and util.promisify.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');
const util = require('node:util');

const req = dns.lookupService('127.0.0.1', 22, common.mustSucceed((hostname, service) => {
  assert.strictEqual(hostname, 'localhost');
  assert.strictEqual(service, 'ssh');
}));
assert.strictEqual(req.constructor.name, 'GetNameInfoReqWrap');
assert.strictEqual(req.port, 22);

dns.lookupService('127.0.0.1', '40999', common.mustSucceed((hostname, service) => {
  assert.strictEqual(hostname, 'localhost');
  assert.strictEqual(service, '40999');
}));

dns.promises.lookupService('127.0.0.1', 80).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { hostname: 'localhost', service: 'http' });
}));

util.promisify(dns.lookupService)('127.0.0.1', 22).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { hostname: 'localhost', service: 'ssh' });
}));
