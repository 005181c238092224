'use strict';
// cancel() fails the resolver's queries with ECANCELLED, later (never inside
// cancel()), and leaves other resolvers alone; setServers() is refused while
// a query is pending. (One query per resolver: a second UDP query to the
// refusing server may fail at once with the first one's ECONNREFUSED.)
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');

const r = new dns.Resolver({ timeout: 500, tries: 1 });
r.setServers(['127.0.0.1:1']);
const other = new dns.Resolver({ timeout: 500, tries: 1 });
other.setServers(['127.0.0.1:1']);

let cancelled = false;
r.resolve4('a.test', common.mustCall((err) => {
  assert.strictEqual(cancelled, true);
  assert.strictEqual(err.code, 'ECANCELLED');
  assert.strictEqual(err.code, dns.CANCELLED);
  assert.strictEqual(err.message, 'queryA ECANCELLED a.test');
}));
const r2 = new dns.Resolver();
r2.setServers(['127.0.0.1:1']);
r2.reverse('1.2.3.4', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ECANCELLED');
  assert.strictEqual(err.syscall, 'getHostByAddr');
}));

assert.throws(() => r.setServers(['1.1.1.1']), {
  name: 'Error',
  code: 'ERR_DNS_SET_SERVERS_FAILED',
  message: 'c-ares failed to set servers: "There are pending queries." [[ \'1.1.1.1\' ]]',
});
assert.deepStrictEqual(r.getServers(), ['127.0.0.1:1']);

other.resolve4('b.test', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ECONNREFUSED');
}));

const pr = new dns.promises.Resolver();
pr.setServers(['127.0.0.1:1']);
pr.resolveNs('c.test').then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ECANCELLED');
  assert.strictEqual(err.syscall, 'queryNs');
}));

r.cancel();
r2.cancel();
pr.cancel();
cancelled = true;
// Nothing pending: a no-op, and the servers can change again.
setTimeout(common.mustCall(() => {
  r.cancel();
  r.setServers(['1.1.1.1']);
  assert.deepStrictEqual(r.getServers(), ['1.1.1.1']);
}), 10);
