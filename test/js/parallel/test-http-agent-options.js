// Agent option defaults and validation, getName keys, and the 'free'
// socket handling for a request option set.
'use strict';
require('../../common');
const assert = require('assert');
const http = require('http');

const a = new http.Agent();
assert.strictEqual(a.keepAlive, false);
assert.strictEqual(a.keepAliveMsecs, 1000);
assert.strictEqual(a.maxSockets, Infinity);
assert.strictEqual(a.maxFreeSockets, 256);
assert.strictEqual(a.maxTotalSockets, Infinity);
assert.strictEqual(a.scheduling, 'lifo');
assert.strictEqual(a.totalSocketCount, 0);
assert.strictEqual(a.defaultPort, 80);
assert.strictEqual(a.protocol, 'http:');
assert.strictEqual(a.options.noDelay, true);
assert.strictEqual(a.options.path, null);
assert.strictEqual(Object.getPrototypeOf(a.sockets), null);

assert.strictEqual(a.getName(), 'localhost::');
assert.strictEqual(a.getName({ host: 'h', port: 8080 }), 'h:8080:');
assert.strictEqual(a.getName({ host: 'h', port: 1, localAddress: '1.2.3.4' }), 'h:1:1.2.3.4');
assert.strictEqual(a.getName({ host: 'h', port: 1, family: 6 }), 'h:1::6');
assert.strictEqual(a.getName({ host: 'h', socketPath: '/s' }), 'h:::/s');

const b = new http.Agent({ keepAlive: true, keepAliveMsecs: 50, maxSockets: 3,
                           maxFreeSockets: 1, scheduling: 'fifo', maxTotalSockets: 5 });
assert.deepStrictEqual([b.keepAlive, b.keepAliveMsecs, b.maxSockets, b.maxFreeSockets,
                        b.scheduling, b.maxTotalSockets], [true, 50, 3, 1, 'fifo', 5]);

assert.throws(() => new http.Agent({ scheduling: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'scheduling\' must be one of: \'fifo\', \'lifo\'. Received \'x\'',
});
assert.throws(() => new http.Agent({ maxTotalSockets: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.ok(http.Agent() instanceof http.Agent);
