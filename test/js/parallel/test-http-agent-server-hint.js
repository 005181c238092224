// A keep-alive response's "Keep-Alive: timeout=N" makes the agent expire
// the pooled socket a second early: socket.timeout is N*1000-1000.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer({ keepAliveTimeout: 3000 }, (req, res) => res.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, timeout: 10000 });
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, common.mustCall((res) => {
    assert.strictEqual(res.headers['keep-alive'], 'timeout=3');
    res.resume();
    res.on('end', () => setImmediate(() => {
      const name = agent.getName({ host: '127.0.0.1', port: server.address().port });
      assert.strictEqual(agent.freeSockets[name][0].timeout, 2000);
      agent.destroy();
      server.close();
    }));
  }));
}));
