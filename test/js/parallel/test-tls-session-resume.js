'use strict';
// TLS session resumption: the client's 'session' event gives a session that
// a second connection offers (options.session); the server resumes it, and
// isSessionReused() says so on both sides.
const assert = require('assert');
const tls = require('tls');
const { read } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');
const reused = [];
const server = tls.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
                                (socket) => {
  reused.push(socket.isSessionReused());
  socket.end('x');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  let session;
  const first = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' }, () => {
    assert.strictEqual(first.isSessionReused(), false);
  });
  first.on('session', (s) => {
    assert(Buffer.isBuffer(s));
    session = s;
  });
  first.resume();
  first.on('close', () => {
    assert(session, 'no session event');
    const second = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost', session },
                               () => {
      assert.strictEqual(second.isSessionReused(), true);
      assert.strictEqual(second.authorized, true);
    });
    second.resume();
    second.on('close', () => {
      assert.deepStrictEqual(reused, [false, true]);
      server.close();
    });
  });
});
