// net.SocketAddress: defaults, normalised addresses, family names, port and
// flowlabel validation, toJSON and inspect output.
'use strict';
require('../../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const def = new net.SocketAddress();
assert.deepStrictEqual(def.toJSON(), { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });

const v6 = new net.SocketAddress({ address: '2001:DB8:0:0:0:0:0:1', family: 'IPv6', port: 443, flowlabel: 7 });
assert.strictEqual(v6.address, '2001:db8::1');
assert.strictEqual(v6.family, 'ipv6');
assert.strictEqual(v6.port, 443);
assert.strictEqual(v6.flowlabel, 7);
assert.deepStrictEqual(Object.keys(v6), []);
assert.strictEqual(JSON.stringify(v6), '{"address":"2001:db8::1","port":443,"family":"ipv6","flowlabel":7}');
assert.strictEqual(util.inspect(v6),
                   "SocketAddress { address: '2001:db8::1', port: 443, family: 'ipv6', flowlabel: 7 }");

assert.strictEqual(new net.SocketAddress({ address: '::ffff:1.2.3.4', family: 'ipv6' }).address, '::ffff:1.2.3.4');
assert.strictEqual(new net.SocketAddress({ family: 'ipv6' }).address, '::');
assert.strictEqual(new net.SocketAddress({ address: '10.1.2.3', flowlabel: 9 }).flowlabel, 0);

assert.strictEqual(net.SocketAddress.isSocketAddress(def), true);
assert.strictEqual(net.SocketAddress.isSocketAddress({ address: '1.1.1.1' }), false);

assert.throws(() => new net.SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.SocketAddress({ family: 'ipx' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new net.SocketAddress({ address: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.SocketAddress({ address: '1.2.3' }), {
  code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address',
});
assert.throws(() => new net.SocketAddress({ address: '::1' }), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => new net.SocketAddress({ port: 65536 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => new net.SocketAddress({ flowlabel: -1 }), { code: 'ERR_OUT_OF_RANGE' });
