'use strict';
// Hosts of special URLs that end in a number are IPv4 (decimal, octal, hex,
// short forms); [..] hosts are IPv6, serialized in canonical compressed form.
const assert = require('node:assert');

const host = (input) => new URL(`http://${input}/`).hostname;

assert.strictEqual(host('127.0.0.1'), '127.0.0.1');
assert.strictEqual(host('0x7f.1'), '127.0.0.1');
assert.strictEqual(host('0177.0.0.01'), '127.0.0.1');
assert.strictEqual(host('2130706433'), '127.0.0.1');
assert.strictEqual(host('1.2.3.'), '1.2.0.3');
assert.strictEqual(host('0x'), '0.0.0.0');
assert.strictEqual(host('4294967295'), '255.255.255.255');
for (const bad of ['4294967296', '1.2.3.4.5', '256.0.0.1', '1.2.3.09', 'foo.0x1g']) {
  assert.strictEqual(URL.canParse(`http://${bad}/`), bad === 'foo.0x1g', bad);
}
// Not ending in a number: a domain.
assert.strictEqual(host('1.2.3.x'), '1.2.3.x');
// Non-special URLs have opaque hosts.
assert.strictEqual(new URL('foo://0x7f.1/').hostname, '0x7f.1');

assert.strictEqual(host('[::1]'), '[::1]');
assert.strictEqual(host('[0:0:0:0:0:0:0:1]'), '[::1]');
assert.strictEqual(host('[1:0:0:2:0:0:0:3]'), '[1:0:0:2::3]');
assert.strictEqual(host('[1:0:0:2:0:0:3:4]'), '[1::2:0:0:3:4]');
assert.strictEqual(host('[::ffff:192.168.0.1]'), '[::ffff:c0a8:1]');
assert.strictEqual(host('[ABCD::]'), '[abcd::]');
assert.strictEqual(host('[1:2:3:4:5:6:7:0]'), '[1:2:3:4:5:6:7:0]');
for (const bad of ['[::1', '[1::2::3]', '[1:2:3:4:5:6:7:8:9]', '[::1.2.3]', '[:1]', '[g::]']) {
  assert.strictEqual(URL.canParse(`http://${bad}/`), false, bad);
}
assert.strictEqual(new URL('http://[::1]:8080/').host, '[::1]:8080');
