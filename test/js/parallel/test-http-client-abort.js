// req.destroy() before a socket: 'error' (socket hang up) then 'close';
// req.abort(): 'abort' and 'close', no error; destroy(err) passes err on.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const opts = { port: server.address().port, host: '127.0.0.1' };
  let pending = 3;
  const done = () => { if (--pending === 0) server.close(); };

  const a = http.get(opts, common.mustNotCall());
  a.destroy();
  assert.strictEqual(a.destroyed, true);
  a.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'socket hang up')));
  a.on('close', common.mustCall(done));

  const b = http.get(opts, common.mustNotCall());
  b.abort();
  assert.strictEqual(b.aborted, true);
  b.on('abort', common.mustCall());
  b.on('error', common.mustNotCall());
  b.on('close', common.mustCall(done));

  const c = http.get(opts, common.mustNotCall());
  const boom = new Error('boom');
  c.on('socket', common.mustCall(() => c.destroy(boom)));
  c.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
  c.on('close', common.mustCall(done));
}));
