'use strict';
// https.Agent: a subclass of http.Agent with port 443, protocol 'https:',
// a session cache, and pool names that include the TLS options.
const assert = require('assert');
const http = require('http');
const https = require('https');

const agent = new https.Agent();
assert(agent instanceof https.Agent);
assert(agent instanceof http.Agent);
assert.strictEqual(Object.getPrototypeOf(https.Agent.prototype), http.Agent.prototype);
assert.strictEqual(agent.defaultPort, 443);
assert.strictEqual(agent.protocol, 'https:');
assert.strictEqual(agent.maxCachedSessions, 100);
assert.deepStrictEqual(agent._sessionCache, { map: {}, list: [] });
assert.strictEqual(new https.Agent({ maxCachedSessions: 0 }).maxCachedSessions, 0);
// Callable without new.
assert(https.Agent() instanceof https.Agent);

assert(https.globalAgent instanceof https.Agent);
assert.strictEqual(https.globalAgent.keepAlive, true);
assert.notStrictEqual(https.globalAgent, http.globalAgent);

// getName: http's name, then the TLS options in node's order.
assert.strictEqual(agent.getName(), 'localhost::' + ':'.repeat(20));
assert.strictEqual(agent.getName({ host: 'h', port: 1 }), 'h:1:' + ':'.repeat(20));
const fields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder',
  'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs',
  'privateKeyIdentifier', 'privateKeyEngine'];
const opts = { host: 'h', port: 1 };
fields.forEach((f, i) => { opts[f] = `v${i}`; });
assert.strictEqual(agent.getName(opts),
                   'h:1::' + fields.map((f, i) => (f === 'sigalgs' ? '"v17"' : `v${i}`)).join(':'));
// servername equal to host is left out; rejectUnauthorized false is kept.
assert.strictEqual(agent.getName({ host: 'h', servername: 'h' }), 'h:::' + ':'.repeat(19));
assert.strictEqual(agent.getName({ rejectUnauthorized: false }),
                   'localhost:::' + ':'.repeat(6) + 'false' + ':'.repeat(13));
assert.strictEqual(agent.getName({ ca: ['a', 'b'] }), 'localhost:::a,b' + ':'.repeat(19));

// The session cache keeps maxCachedSessions entries, oldest out first.
const small = new https.Agent({ maxCachedSessions: 2 });
small._cacheSession('a', Buffer.from('1'));
small._cacheSession('b', Buffer.from('2'));
small._cacheSession('c', Buffer.from('3'));
assert.deepStrictEqual(small._sessionCache.list, ['b', 'c']);
assert.strictEqual(small._getSession('a'), undefined);
assert.deepStrictEqual(small._getSession('c'), Buffer.from('3'));
small._evictSession('b');
assert.deepStrictEqual(small._sessionCache.list, ['c']);

// A request with the wrong protocol for the agent.
assert.throws(() => https.request('http://localhost/'), {
  code: 'ERR_INVALID_PROTOCOL',
  message: 'Protocol "http:" not supported. Expected "https:"',
});
