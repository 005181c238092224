'use strict';
// lookup('localhost') through getaddrinfo: the address and family forms,
// `all`, family filtering, result order options and the request object.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

const req = dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
assert.strictEqual(req.constructor.name, 'GetAddrInfoReqWrap');
assert.strictEqual(req.hostname, 'localhost');
assert.strictEqual(typeof req.oncomplete, 'function');

dns.lookup('localhost', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { family: 'IPv4', all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));

for (const order of ['verbatim', 'ipv4first', 'ipv6first']) {
  dns.lookup('localhost', { order, all: true }, common.mustSucceed((addresses) => {
    assert.ok(addresses.length >= 1);
    assert.ok(addresses.some((a) => a.address === '127.0.0.1' && a.family === 4));
    if (order === 'ipv4first') assert.strictEqual(addresses[0].family, 4);
  }));
}

dns.lookup('localhost', { verbatim: false, hints: dns.ADDRCONFIG | dns.V4MAPPED },
           common.mustSucceed((address, family) => {
             assert.strictEqual(typeof address, 'string');
             assert.ok(family === 4 || family === 6);
           }));

// Callbacks never run synchronously.
let sync = true;
dns.lookup('localhost', common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;
