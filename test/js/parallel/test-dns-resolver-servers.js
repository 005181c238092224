'use strict';
// Resolver#setServers/getServers: address forms, ports, IPv6 brackets, the
// errors for bad input, and dns.setServers replacing the default resolver of
// the module functions.
const assert = require('node:assert');
const dns = require('node:dns');

const r = new dns.Resolver();
r.setServers(['1.2.3.4', '[::1]:53', '[::1]:5353', '1.2.3.4:5353', '::2', '[fe80::1]']);
assert.deepStrictEqual(r.getServers(),
                       ['1.2.3.4', '::1', '[::1]:5353', '1.2.3.4:5353', '::2', 'fe80::1']);
r.setServers([]);
assert.deepStrictEqual(r.getServers(), []);

assert.throws(() => r.setServers('1.2.3.4'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers" argument must be an instance of Array. Received type string (\'1.2.3.4\')',
});
assert.throws(() => r.setServers(['1.2.3.4', 5]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers[1]" argument must be of type string. Received type number (5)',
});
for (const bad of ['bogus', '1.2.3.4:abc', '[bogus]:53', '']) {
  assert.throws(() => r.setServers([bad]), {
    name: 'TypeError',
    code: 'ERR_INVALID_IP_ADDRESS',
    message: `Invalid IP address: ${bad}`,
  });
}

const bound = dns.resolve4;
dns.setServers(['127.0.0.1:1', '::1']);
assert.deepStrictEqual(dns.getServers(), ['127.0.0.1:1', '::1']);
// The module functions were rebound to the new default resolver.
assert.notStrictEqual(dns.resolve4, bound);
// A new Resolver starts from the system configuration, not the default.
assert.notDeepStrictEqual(new dns.Resolver().getServers(), ['127.0.0.1:1', '::1']);

const pr = new dns.promises.Resolver();
pr.setServers(['8.8.8.8:54']);
assert.deepStrictEqual(pr.getServers(), ['8.8.8.8:54']);
dns.promises.setServers(['9.9.9.9']);
assert.deepStrictEqual(dns.promises.getServers(), ['9.9.9.9']);
