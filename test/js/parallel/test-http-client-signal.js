// An AbortSignal given in the options aborts the request: 'error' with an
// AbortError, then 'close'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(() => {});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const ac = new AbortController();
  const req = http.get({ port: server.address().port, host: '127.0.0.1', signal: ac.signal },
                       common.mustNotCall());
  req.on('socket', () => setTimeout(() => ac.abort(), 20));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  req.on('close', common.mustCall(() => {
    server.close();
    server.closeAllConnections();
  }));
}));
