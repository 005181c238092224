'use strict';
// setDefaultResultOrder/getDefaultResultOrder: shared by node:dns and
// node:dns/promises, 'verbatim' by default, and used by lookup().
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('ipv6first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
for (const bad of ['IPV4FIRST', 4, undefined]) {
  assert.throws(() => dns.setDefaultResultOrder(bad), { code: 'ERR_INVALID_ARG_VALUE' });
}
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv6first');
dns.setDefaultResultOrder('ipv4first');
dns.lookup('localhost', { all: true }, common.mustSucceed((addresses) => {
  assert.strictEqual(addresses[0].family, 4);
}));
