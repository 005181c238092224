'use strict';
// networkInterfaces() groups addresses by interface name, each with node's
// fields; cidr joins the address with the netmask's prefix length, and only
// IPv6 entries carry a scopeid.
const assert = require('node:assert');
const os = require('node:os');

const ifaces = os.networkInterfaces();
assert.strictEqual(typeof ifaces, 'object');
let sawLoopback = false;
for (const [name, list] of Object.entries(ifaces)) {
  assert.strictEqual(typeof name, 'string');
  assert.ok(Array.isArray(list) && list.length > 0);
  for (const entry of list) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof entry.internal, 'boolean');
    if (entry.family === 'IPv4') {
      const bits = entry.netmask.split('.')
        .map((p) => Number(p).toString(2).replace(/0/g, '').length)
        .reduce((a, b) => a + b, 0);
      assert.strictEqual(entry.cidr, `${entry.address}/${bits}`);
    } else {
      assert.strictEqual(typeof entry.scopeid, 'number');
      assert.ok(entry.cidr.startsWith(`${entry.address}/`));
    }
    if (entry.address === '127.0.0.1') {
      sawLoopback = true;
      assert.strictEqual(entry.netmask, '255.0.0.0');
      assert.strictEqual(entry.internal, true);
      assert.strictEqual(entry.cidr, '127.0.0.1/8');
      assert.strictEqual(entry.mac, '00:00:00:00:00:00');
    }
    if (entry.address === '::1') {
      assert.strictEqual(entry.cidr, '::1/128');
      assert.strictEqual(entry.netmask, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    }
  }
}
assert.ok(sawLoopback, 'the loopback interface is listed');
