'use strict';
// reverse() looks in /etc/hosts first, as node's c-ares does: the names of
// every line for the address, without the first (canonical) one.
const common = require('../../common');
const assert = require('node:assert');
const dns = require('node:dns');
const fs = require('node:fs');

const names = [];
for (const line of fs.readFileSync('/etc/hosts', 'latin1').split('\n')) {
  const [ip, ...rest] = line.replace(/#.*/, '').trim().split(/\s+/);
  if (ip !== '127.0.0.1') continue;
  for (const n of rest) {
    if (!names.some((m) => m.toLowerCase() === n.toLowerCase())) names.push(n);
  }
}

if (names.length === 0) {
  console.log('1..0 # skipped: 127.0.0.1 is not in /etc/hosts');
} else {
  // The DNS server is never asked: a refusing one makes no difference.
  const r = new dns.Resolver();
  r.setServers(['127.0.0.1:1']);
  let sync = true;
  r.reverse('127.0.0.1', common.mustSucceed((hostnames) => {
    assert.strictEqual(sync, false);
    assert.deepStrictEqual(hostnames, names.slice(1));
  }));
  sync = false;
  new dns.promises.Resolver().reverse('127.0.0.1').then(common.mustCall((hostnames) => {
    assert.deepStrictEqual(hostnames, names.slice(1));
  }));
}
