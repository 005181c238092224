'use strict';
// A server that refuses (nothing listens on 127.0.0.1:1): every query fails
// with ECONNREFUSED as in node, through callbacks and promises, quickly, and
// the process then exits by itself.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

const start = Date.now();
const r = new dns.Resolver({ timeout: 4000, tries: 1 });
r.setServers(['127.0.0.1:1']);

function check(syscall, host) {
  return (err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.code, dns.CONNREFUSED);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, host);
    assert.strictEqual(err.errno, undefined);
    assert.strictEqual(err.message, `${syscall} ECONNREFUSED ${host}`);
    // The refusal arrives long before the 4 s timeout.
    assert.ok(Date.now() - start < 3500);
  };
}

const req = r.resolve4('localhost', common.mustCall((err, addresses) => {
  check('queryA', 'localhost')(err);
  assert.strictEqual(addresses, undefined);
}));
assert.strictEqual(req.constructor.name, 'QueryReqWrap');
assert.strictEqual(req.bindingName, 'queryA');
assert.strictEqual(req.hostname, 'localhost');
assert.strictEqual(req.ttl, false);

r.resolveTxt('example.test', common.mustCall(check('queryTxt', 'example.test')));
r.resolve('example.test', 'SRV', common.mustCall(check('querySrv', 'example.test')));

const pr = new dns.promises.Resolver({ timeout: 4000, tries: 1 });
pr.setServers(['127.0.0.1:1']);
pr.resolveAny('example.test').then(common.mustNotCall(),
                                   common.mustCall(check('queryAny', 'example.test')));
pr.resolve('example.test', 'CAA').then(common.mustNotCall(),
                                       common.mustCall(check('queryCaa', 'example.test')));

// The module functions use the default resolver.
dns.setServers(['127.0.0.1:1']);
dns.resolve6('localhost', common.mustCall(check('queryAaaa', 'localhost')));
