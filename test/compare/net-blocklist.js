// net.BlockList and net.SocketAddress against node: rules text, checks
// (IPv4-mapped addresses included), validation errors, inspect/JSON output.
'use strict';
const net = require('net');
const util = require('util');
const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.1.0', 24);
b.addAddress('::ffff:1.2.3.4', 'ipv6');
console.log(b.rules);
console.log(util.inspect(b));
for (const [a, t] of [['123.123.123.123'], ['10.0.0.3'], ['222.111.111.222'], ['8592:757c:efae:4e45::f', 'ipv6'], ['8592:757c:efae:4e46::f', 'ipv6'], ['::ffff:7b7b:7b7b', 'ipv6'], ['::ffff:123.123.123.123', 'ipv6'], ['1.2.3.4'], ['192.168.1.255'], ['192.168.2.0'], ['10.0.0.10'],['10.0.0.11']]) console.log(a, t, b.check(a, t));
for (const f of [() => b.addAddress(1), () => b.addAddress('1.2.3.4', 'ipv5'), () => b.addRange('10.0.0.10', '10.0.0.1'), () => b.addSubnet('1.2.3.4', 33), () => b.addSubnet('::', 129, 'ipv6'), () => b.check('1.2.3.4', 'foo'), () => b.addAddress('zzz'), () => b.check('zzz'), () => new net.SocketAddress({address: 'zzz'}), () => new net.SocketAddress({port: 70000}), () => new net.SocketAddress({family: 'ipv7'}), () => new net.SocketAddress(1), () => b.addRange('1.1.1.1', '::1', 'ipv6')]) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 5 });
console.log(sa, sa.address, sa.port, sa.family, sa.flowlabel, util.inspect(sa), JSON.stringify(sa), Object.keys(sa));
const sb = new net.SocketAddress();
console.log(sb.address, sb.port, sb.family, sb.flowlabel);
console.log(net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({}));
const b2 = new net.BlockList();
b2.addAddress(sa);
console.log(b2.rules, b2.check(sa), b2.check('::1', 'ipv6'), b2.check(new net.SocketAddress({address:'::2', family:'ipv6'})));
b2.addSubnet(new net.SocketAddress({address: '10.1.0.0'}), 16);
b2.addRange(new net.SocketAddress({address: '10.3.0.0'}), new net.SocketAddress({address: '10.3.0.5'}));
console.log(b2.rules, b2.check('10.1.200.3'), b2.check('10.3.0.5'));
const b3 = new net.BlockList(); b3.addAddress('1.2.3.4'); console.log(b3.check('::ffff:1.2.3.4', 'ipv6'), b3.check('::ffff:0102:0304', 'ipv6'));
const b4 = new net.BlockList(); b4.addSubnet('::ffff:0:0', 96, 'ipv6'); console.log(b4.check('1.2.3.4'));
console.log(Object.getOwnPropertyNames(net.BlockList.prototype), Object.getOwnPropertyNames(net.SocketAddress.prototype));
for (const f of [() => b.addRange('1.1.1.1', 5), () => b.addSubnet('1.1.1.1', '8'), () => b.addSubnet(5, 8),
  () => b.addAddress('1.1.1.1', 5), () => new net.SocketAddress({ address: 5 }),
  () => new net.SocketAddress({ flowlabel: -1 }), () => new net.SocketAddress({ flowlabel: 5 }).flowlabel,
  () => new net.SocketAddress({ family: 'IPv6', address: '::' }).family,
  () => b.addAddress('1.1.1.1', 'IPV4'), () => b.addAddress('::1', 'ipv4'),
  () => new net.SocketAddress({ address: '1.2.3.04' })]) {
  try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const a of ['::ffff:1.2.3.4', '0:0:0:0:0:0:0:1', 'fe80::1%1', '::', '1::', '1:0:0:1::', '::0102:0304',
  '2001:db8:0:0:1:0:0:1', '2001:DB8::A', '0:0:0:0:0:ffff:0:0', '1:2:3:4:5:6:7:8', '1:0:0:2:0:0:0:3']) {
  console.log(a, '->', new net.SocketAddress({ address: a, family: 'ipv6' }).address);
}
const b5 = new net.BlockList();
b5.addRange('::1', '::5', 'ipv6');
b5.addSubnet('1.2.3.4', 0);
console.log(b5.rules, b5.check('::3', 'ipv6'), b5.check('9.9.9.9'), b5.check('::6', 'ipv6'));
const b6 = new net.BlockList(); b6.addRange('1.1.1.1', '1.1.1.9'); console.log(b6.check('::ffff:1.1.1.5', 'ipv6'));
const b7 = new net.BlockList(); b7.addSubnet('1.1.0.0', 16); console.log(b7.check('::ffff:1.1.1.5', 'ipv6'));
const b8 = new net.BlockList(); b8.addAddress('::ffff:1.1.1.5', 'ipv6'); console.log(b8.check('1.1.1.5'));
const b9 = new net.BlockList(); b9.addRange('::ffff:1.1.1.1', '::ffff:1.1.1.9', 'ipv6'); console.log(b9.check('1.1.1.5'));
const b10 = new net.BlockList(); b10.addSubnet('::ffff:1.1.0.0', 112, 'ipv6'); console.log(b10.check('1.1.1.5'), b10.rules);
const b11 = new net.BlockList(); b11.addSubnet('2001:db8::', 32, 'ipv6'); console.log(b11.check('2001:db8:ffff::1', 'ipv6'), b11.check('2001:db9::', 'ipv6'), b11.check('1.1.1.1'));
