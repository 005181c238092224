'use strict';
// 'keylog' events: NSS key log lines (with their newline) on a client
// socket with a listener and on the server (line, socket); none are
// collected without a listener.
const assert = require('assert');
const tls = require('tls');
const { read } = require('../../fixtures/tls');

const serverLines = [];
const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
                                (socket) => socket.end('x'));
server.on('keylog', (line, socket) => {
  assert(socket instanceof tls.TLSSocket);
  serverLines.push(line);
});

server.listen(0, '127.0.0.1', () => {
  const clientLines = [];
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
                               ca: read('ca-cert.pem'), servername: 'localhost' });
  client.on('keylog', (line) => clientLines.push(line));
  client.resume();
  client.on('close', () => {
    assert(clientLines.length >= 4, `client lines: ${clientLines.length}`);
    for (const line of [...clientLines, ...serverLines]) {
      assert(Buffer.isBuffer(line));
      assert.match(line.toString('latin1'), /^[A-Z_0-9]+ [0-9a-f]+ [0-9a-f]+\n$/);
    }
    assert(clientLines.some((l) => l.toString().startsWith('CLIENT_HANDSHAKE_TRAFFIC_SECRET ')));
    assert.strictEqual(serverLines.length, clientLines.length);
    server.close();
  });
});
