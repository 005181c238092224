'use strict';
// With every file descriptor in use, loading dns and making a Resolver must
// not abort the process (c-ares used to be loaded on first use and the
// failed load aborted): require('dns') and dns.lookup work, and a query
// either runs or fails with a JS error.
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  const fs = require('node:fs');
  const fds = [];
  try {
    for (;;) fds.push(fs.openSync('/dev/null', 'r'));
  } catch (err) {
    assert.strictEqual(err.code, 'EMFILE');
  }
  const dns = require('node:dns');
  let made = 'ok';
  try {
    const resolver = new dns.Resolver();
    resolver.getServers();
  } catch (err) {
    made = 'error';
    assert.ok(err instanceof Error);
  }
  for (const fd of fds) fs.closeSync(fd);
  dns.lookup('127.0.0.1', (err, address) => {
    assert.ifError(err);
    assert.strictEqual(address, '127.0.0.1');
    console.log(`done ${made}`);
  });
  return;
}

const script = `ulimit -n 64 && exec "$0" "$1" child`;
const r = spawnSync('/bin/sh', ['-c', script, process.execPath, __filename],
                    { encoding: 'utf8' });
assert.strictEqual(r.signal, null, r.stderr);
assert.strictEqual(r.status, 0, r.stderr);
assert.match(r.stdout, /^done (ok|error)\n$/);
