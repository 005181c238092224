// net.BlockList: addresses, ranges and subnets of both families, newest rule
// first in `rules`, IPv4-mapped IPv6 addresses matching IPv4 rules, and
// argument validation.
'use strict';
require('../../common');
const assert = require('assert');
const net = require('net');

const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addRange('192.168.0.10', '192.168.0.20');
bl.addSubnet('172.16.0.0', 12);
bl.addSubnet('2001:db8::', 48, 'ipv6');
bl.addAddress(new net.SocketAddress({ address: '::1', family: 'ipv6' }));

assert.deepStrictEqual(bl.rules, [
  'Address: IPv6 ::1',
  'Subnet: IPv6 2001:db8::/48',
  'Subnet: IPv4 172.16.0.0/12',
  'Range: IPv4 192.168.0.10-192.168.0.20',
  'Address: IPv4 10.0.0.1',
]);

const cases = [
  ['10.0.0.1', 'ipv4', true],
  ['10.0.0.2', 'ipv4', false],
  ['192.168.0.10', 'ipv4', true],
  ['192.168.0.20', 'ipv4', true],
  ['192.168.0.21', 'ipv4', false],
  ['172.31.255.255', 'ipv4', true],
  ['172.32.0.0', 'ipv4', false],
  ['2001:db8:0:ffff::1', 'ipv6', true],
  ['2001:db8:1::', 'ipv6', false],
  ['0:0:0:0:0:0:0:1', 'ipv6', true],
  ['::ffff:10.0.0.1', 'ipv6', true],
  ['::ffff:c0a8:000f', 'ipv6', true],
  ['not an address', 'ipv4', false],
];
for (const [address, family, expected] of cases) {
  assert.strictEqual(bl.check(address, family), expected, `${address} ${family}`);
}
assert.strictEqual(bl.check(new net.SocketAddress({ address: '172.20.1.1' })), true);

assert.throws(() => bl.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => bl.addAddress('1.2.3.4', 'ipv5'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => bl.addAddress('999.1.1.1'), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => bl.addRange('10.0.0.9', '10.0.0.1'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'start' must come before end\./,
});
assert.throws(() => bl.addSubnet('10.0.0.0', 33), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => bl.addSubnet('::', 129, 'ipv6'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => bl.addSubnet('10.0.0.0', '8'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => bl.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
