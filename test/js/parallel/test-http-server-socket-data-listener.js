// A 'data' listener on a server socket sees the raw request bytes (the
// parser gives the socket back) and requests are still parsed; setEncoding
// on the socket is refused.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

let raw = '';
const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => req.socket.setEncoding('utf8'), {
    code: 'ERR_HTTP_SOCKET_ENCODING',
    message: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  });
  res.end('ok');
}, 2));
server.on('connection', (socket) => socket.on('data', (d) => raw += d));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  const get = (path, cb) => http.get({ port: server.address().port, host: '127.0.0.1', path, agent },
                                     (res) => { res.resume(); res.on('end', cb); });
  get('/one', common.mustCall(() => get('/two', common.mustCall(() => {
    assert.match(raw, /^GET \/one HTTP\/1\.1\r\n[^]*GET \/two HTTP\/1\.1\r\n/);
    agent.destroy();
    server.close();
  }))));
}));
