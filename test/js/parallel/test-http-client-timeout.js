// The timeout option and req.setTimeout emit 'timeout' on an idle request
// without aborting it; the program decides (here: destroy).
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(() => {});  // never answers
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const opts = { port: server.address().port, host: '127.0.0.1', agent: false };
  const a = http.get({ ...opts, timeout: 50 }, common.mustNotCall());
  assert.strictEqual(a.timeout, 50);
  a.on('timeout', common.mustCall(() => {
    assert.strictEqual(a.destroyed, false);
    a.destroy();
  }));
  a.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  a.on('close', common.mustCall(() => {
    const b = http.get(opts, common.mustNotCall());
    assert.strictEqual(b.setTimeout(40, common.mustCall(() => b.destroy())), b);
    b.on('error', () => {});
    b.on('close', common.mustCall(() => {
      server.close();
      server.closeAllConnections();
    }));
  }));
}));
