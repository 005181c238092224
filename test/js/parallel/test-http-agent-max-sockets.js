// maxSockets: requests beyond the limit wait in agent.requests and get a
// socket as earlier ones finish; without keepAlive sockets are not kept.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

let active = 0;
let maxActive = 0;
const server = http.createServer((req, res) => {
  active++;
  maxActive = Math.max(maxActive, active);
  setTimeout(() => {
    active--;
    res.end(req.url);
  }, 20);
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ maxSockets: 2 });
  const name = agent.getName({ host: '127.0.0.1', port });
  let done = 0;
  for (let i = 0; i < 5; i++) {
    http.get({ port, host: '127.0.0.1', agent, path: `/${i}` }, common.mustCall((res) => {
      res.resume();
      res.on('end', () => {
        if (++done === 5) {
          assert.strictEqual(maxActive, 2);
          setImmediate(() => {
            assert.deepStrictEqual(Object.keys(agent.freeSockets), []);
            server.close();
          });
        }
      });
    }));
  }
  assert.strictEqual(agent.sockets[name].length, 2);
  assert.strictEqual(agent.requests[name].length, 3);
}));
