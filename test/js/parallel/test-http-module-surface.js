// node:http's exports: METHODS sorted, STATUS_CODES, maxHeaderSize, the
// classes, setMaxIdleHTTPParsers validation and node 20's globalAgent
// (keep-alive, lifo, 5 s timeout).
'use strict';
require('../../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.METHODS.includes('GET') && http.METHODS.includes('QUERY'));
assert.deepStrictEqual(http.METHODS, [...http.METHODS].sort());
assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.strictEqual(http.STATUS_CODES[511], 'Network Authentication Required');
assert.strictEqual(http.maxHeaderSize, 16384);
for (const name of ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server',
                    'ServerResponse']) {
  assert.strictEqual(typeof http[name], 'function', name);
}
assert.ok(http.createServer() instanceof http.Server);
assert.ok(http.Server() instanceof http.Server);
assert.ok(http.createServer() instanceof require('net').Server);
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.setMaxIdleHTTPParsers('1'), { code: 'ERR_INVALID_ARG_TYPE' });
http.setMaxIdleHTTPParsers(10);

const agent = http.globalAgent;
assert.ok(agent instanceof http.Agent);
assert.strictEqual(agent.keepAlive, true);
assert.strictEqual(agent.scheduling, 'lifo');
assert.strictEqual(agent.options.timeout, 5000);
assert.strictEqual(agent.maxSockets, Infinity);
assert.strictEqual(agent.maxFreeSockets, 256);
const replacement = new http.Agent();
http.globalAgent = replacement;
assert.strictEqual(http.globalAgent, replacement);

const server = http.createServer();
assert.strictEqual(server.requestTimeout, 300000);
assert.strictEqual(server.headersTimeout, 60000);
assert.strictEqual(server.keepAliveTimeout, 5000);
assert.strictEqual(server.connectionsCheckingInterval, 30000);
assert.strictEqual(server.timeout, 0);
assert.strictEqual(server.maxHeadersCount, null);
assert.strictEqual(server.maxRequestsPerSocket, 0);
assert.strictEqual(server.noDelay, true);
assert.throws(() => http.createServer({ requestTimeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.createServer({ headersTimeout: 10, requestTimeout: 5 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.createServer(3), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.createServer({ insecureHTTPParser: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
