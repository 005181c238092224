'use strict';
// new Resolver({timeout, tries}) and setLocalAddress validation; resolve*()
// argument checks, synchronous, with node's codes and messages.
const assert = require('node:assert');
const dns = require('node:dns');

assert.throws(() => new dns.Resolver({ timeout: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => new dns.Resolver({ timeout: -2 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. ' +
           'Received -2',
});
assert.throws(() => new dns.Resolver({ tries: 0 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. ' +
           'Received 0',
});
new dns.Resolver({ timeout: 1000, tries: 2 });
new dns.promises.Resolver({ timeout: -1 });

const r = new dns.Resolver();
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('::1');
r.setLocalAddress('127.0.0.1', '::1');
r.setLocalAddress('::1', '127.0.0.1');
const invalid = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
assert.throws(() => r.setLocalAddress('bogus'), invalid('Invalid IP address.'));
assert.throws(() => r.setLocalAddress('127.0.0.1', 'bogus'), invalid('Invalid IP address.'));
assert.throws(() => r.setLocalAddress('127.0.0.1', '127.0.0.2'),
              invalid('Cannot specify two IPv4 addresses.'));
assert.throws(() => r.setLocalAddress('::1', '::2'), invalid('Cannot specify two IPv6 addresses.'));
assert.throws(() => r.setLocalAddress(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ipv4" argument must be of type string. Received type number (1)',
});

const noop = () => {};
assert.throws(() => dns.resolve4(1, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => dns.resolveMx('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => dns.resolve('x', 'BOGUS', noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
});
assert.throws(() => dns.resolve('x', 5, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.promises.resolve('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.promises.resolve('x', 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.promises.resolveTxt({}), { code: 'ERR_INVALID_ARG_TYPE' });
// reverse() of something that is not an IP fails at once with EINVAL.
assert.throws(() => dns.reverse('bogus', noop), {
  name: 'Error',
  code: 'EINVAL',
  errno: -22,
  syscall: 'getHostByAddr',
  hostname: 'bogus',
  message: 'getHostByAddr EINVAL bogus',
});
dns.promises.reverse('bogus').then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'EINVAL');
});
