'use strict';
// c-ares query callbacks (and promise rejections) keep the store of the code
// that made the query. The server is a closed local port: the query fails
// fast and no traffic leaves the machine.
const assert = require('assert');
const dns = require('dns');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const als = new AsyncLocalStorage();
const resolver = new dns.Resolver({ timeout: 50, tries: 1 });
resolver.setServers(['127.0.0.1:1']);
als.run('callback', () => {
  resolver.resolve4('example.invalid', common.mustCall((err) => {
    assert(err);
    assert.strictEqual(als.getStore(), 'callback');
  }));
});
const presolver = new dns.promises.Resolver({ timeout: 50, tries: 1 });
presolver.setServers(['127.0.0.1:1']);
als.run('promise', async () => {
  await assert.rejects(presolver.resolve4('example.invalid'));
  assert.strictEqual(als.getStore(), 'promise');
}).then(common.mustCall());
