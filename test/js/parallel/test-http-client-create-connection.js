// createConnection replaces the agent: its socket (returned, or passed to
// the callback) carries the request; a callback error becomes 'error'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const req = http.get({
    path: '/',
    createConnection: common.mustCall((opts, cb) => {
      assert.strictEqual(typeof cb, 'function');
      return net.connect(port, '127.0.0.1');
    }),
  }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const bad = http.get({ createConnection: (opts, cb) => cb(new Error('nope')) });
      bad.on('error', common.mustCall((err) => {
        assert.strictEqual(err.message, 'nope');
        server.close();
      }));
    }));
  }));
  assert.strictEqual(req.agent, undefined);
}));
