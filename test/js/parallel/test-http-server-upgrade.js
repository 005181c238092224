// 'upgrade': the request, its socket and the bytes after the headers go to
// the listener, which owns the socket from then on. Without an 'upgrade'
// listener the request is an ordinary one.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const req = 'GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nearly';

const upgrading = http.createServer(common.mustNotCall());
upgrading.on('upgrade', common.mustCall((request, socket, head) => {
  assert.strictEqual(request.url, '/chat');
  assert.strictEqual(request.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.write(head);
  socket.on('data', (d) => socket.end(d));
}));

const plain = http.createServer(common.mustCall((request, res) => {
  assert.strictEqual(request.upgrade, false);
  res.end('normal');
}));

upgrading.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(upgrading.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.write(req);
  c.once('data', () => c.write(' later'));
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    assert.strictEqual(out, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\n' +
                            'Connection: Upgrade\r\n\r\nearly later');
    upgrading.close();
    plain.listen(0, '127.0.0.1', common.mustCall(() => {
      const c2 = net.connect(plain.address().port, '127.0.0.1');
      let out2 = '';
      c2.setEncoding('latin1');
      c2.write(req.replace('early', ''));
      c2.on('data', (d) => {
        out2 += d;
        if (out2.endsWith('normal')) c2.end();
      });
      c2.on('end', common.mustCall(() => {
        assert.match(out2, /^HTTP\/1\.1 200 OK\r\n/);
        plain.close();
      }));
    }));
  }));
}));
