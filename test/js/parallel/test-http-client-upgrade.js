// A 101 answer emits 'upgrade' on the request with the response, the
// socket (now the program's) and the bytes after the headers.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nhi');
  socket.on('data', (d) => socket.end(d));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.get({
    port: server.address().port, host: '127.0.0.1',
    headers: { Connection: 'Upgrade', Upgrade: 'x' },
  }, common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'x');
    let got = head.toString();
    socket.on('data', (d) => got += d);
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'hi there');
      server.close();
    }));
    socket.write(' there');
  }));
  req.on('close', common.mustCall());
}));
