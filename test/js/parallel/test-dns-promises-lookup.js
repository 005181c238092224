'use strict';
// dns.promises.lookup / require('dns/promises'): {address, family} or an
// array with `all`, IP literals, and util.promisify(dns.lookup) giving the
// same shapes.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');
const dnsPromises = require('node:dns/promises');
const util = require('node:util');

assert.strictEqual(dns.promises, dnsPromises);
assert.strictEqual(require('dns/promises'), dnsPromises);

(async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4),
                         { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', { family: 4, all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  assert.deepStrictEqual(await dnsPromises.lookup('::1'), { address: '::1', family: 6 });
  assert.deepStrictEqual(await dnsPromises.lookup('1.2.3.4', { all: true }),
                         [{ address: '1.2.3.4', family: 4 }]);
  const lookup = util.promisify(dns.lookup);
  assert.deepStrictEqual(await lookup('localhost', 4), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await lookup('127.0.0.1', { all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  await assert.rejects(lookup('nosuch.invalid'), { code: 'ENOTFOUND', syscall: 'getaddrinfo' });
})().then(common.mustCall());
