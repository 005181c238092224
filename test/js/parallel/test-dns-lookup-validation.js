'use strict';
// Argument errors of lookup() and lookupService(), thrown synchronously with
// node's codes and messages.
const assert = require('node:assert');
const dns = require('node:dns');

const noop = () => {};
const cases = [
  [() => dns.lookup(1, noop), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "hostname" argument must be of type string. Received type number (1)'],
  [() => dns.lookup('x'), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "callback" argument must be of type function. Received undefined'],
  [() => dns.lookup('x', {}), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "callback" argument must be of type function. Received undefined'],
  [() => dns.lookup('x', 4), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "callback" argument must be of type function. Received undefined'],
  [() => dns.lookup('x', 5, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The argument 'family' must be one of: 0, 4, 6. Received 5"],
  [() => dns.lookup('x', 'str', noop), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object or integer. Received type string (\'str\')'],
  [() => dns.lookup('x', { family: 5 }, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The property 'options.family' must be one of: 0, 4, 6. Received 5"],
  [() => dns.lookup('x', { family: 'IPv7' }, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The property 'options.family' must be one of: 0, 4, 6. Received 'IPv7'"],
  [() => dns.lookup('x', { hints: 'a' }, noop), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "options.hints" property must be of type number. Received type string (\'a\')'],
  [() => dns.lookup('x', { hints: 1234 }, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The argument 'hints' is invalid. Received 1234"],
  [() => dns.lookup('x', { all: 1 }, noop), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "options.all" property must be of type boolean. Received type number (1)'],
  [() => dns.lookup('x', { verbatim: 'yes' }, noop), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "options.verbatim" property must be of type boolean. Received type string (\'yes\')'],
  [() => dns.lookup('x', { order: 'bogus' }, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The property 'options.order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
   "Received 'bogus'"],
  [() => dns.lookupService('127.0.0.1', 22), TypeError, 'ERR_MISSING_ARGS',
   'The "address", "port", and "callback" arguments must be specified'],
  [() => dns.lookupService('bogus', 22, noop), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The argument 'address' is invalid. Received 'bogus'"],
  [() => dns.lookupService('127.0.0.1', 70000, noop), RangeError, 'ERR_SOCKET_BAD_PORT',
   'Port should be >= 0 and < 65536. Received type number (70000).'],
  [() => dns.lookupService('127.0.0.1', 'abc', noop), RangeError, 'ERR_SOCKET_BAD_PORT',
   "Port should be >= 0 and < 65536. Received type string ('abc')."],
  [() => dns.lookupService('127.0.0.1', 22, 5), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "callback" argument must be of type function. Received type number (5)'],
  [() => dns.promises.lookup('x', 'str'), TypeError, 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object or integer. Received type string (\'str\')'],
  [() => dns.promises.lookup('x', { family: 'IPv4' }), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The property 'options.family' must be one of: 0, 4, 6. Received 'IPv4'"],
  [() => dns.promises.lookupService('127.0.0.1'), TypeError, 'ERR_MISSING_ARGS',
   'The "address" and "port" arguments must be specified'],
  [() => dns.setDefaultResultOrder('x'), TypeError, 'ERR_INVALID_ARG_VALUE',
   "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'x'"],
];
for (const [fn, type, code, message] of cases) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof type, `${code}: ${err}`);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  });
}
