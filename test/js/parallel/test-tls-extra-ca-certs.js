'use strict';
// NODE_EXTRA_CA_CERTS: its certificates are trusted by default (an https
// request to a server whose CA is only in that file succeeds without a `ca`
// option); a file that cannot be read gives node's warning on stderr and
// is ignored.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const bad = spawnSync(process.execPath, ['-e', '0'], {
  encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/ca.pem' },
});
assert.strictEqual(bad.status, 0);
assert.strictEqual(bad.stderr, 'Warning: Ignoring extra certs from `/nonexistent/ca.pem`, ' +
  'load failed: error:80000002:system library::No such file or directory\n');

const script = `
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = ${JSON.stringify(dir)};
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'server-key.pem')),
  cert: fs.readFileSync(path.join(dir, 'server-cert.pem')),
}, (req, res) => res.end('trusted'));
server.listen(0, '127.0.0.1', () => {
  https.get({ host: 'localhost', port: server.address().port, agent: false }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log(d, res.socket.authorized));
    res.on('end', () => server.close());
  }).on('error', (e) => { console.log('error', e.code); server.close(); });
});`;
for (const [extra, want] of [[path.join(dir, 'ca-cert.pem'), 'trusted true\n'],
  [undefined, 'error UNABLE_TO_VERIFY_LEAF_SIGNATURE\n']]) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  if (extra) env.NODE_EXTRA_CA_CERTS = extra;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, want);
}
