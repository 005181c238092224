// Event order of one POST through a keep-alive agent: client socket,
// request events on both sides, response events, socket 'free', closes.
'use strict';
const http = require('http');
const log = (...a) => console.log(...a);
const server = http.createServer((req, res) => {
  log('server request', req.method, req.url, req.httpVersion,
      JSON.stringify(req.headers).replace(/127\.0\.0\.1:\d+/, 'HOST'), req.rawHeaders.length);
  req.on('data', (d) => log('server req data', String(d)));
  req.on('end', () => { log('server req end'); res.setHeader('X-A', '1'); res.end('pong'); });
  req.on('close', () => log('server req close'));
  res.on('finish', () => log('server res finish'));
  res.on('close', () => log('server res close'));
});
server.on('connection', () => log('server connection'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', agent,
    headers: { 'Content-Type': 'text/plain' },
  }, (res) => {
    log('client response', res.statusCode, res.statusMessage, res.httpVersion,
        JSON.stringify(res.headers).replace(/"date":"[^"]*"/, ''), res.rawHeaders.length);
    res.on('data', (d) => log('client res data', String(d)));
    res.on('end', () => log('client res end'));
    res.on('close', () => log('client res close'));
  });
  req.on('socket', (s) => {
    log('client socket');
    s.on('free', () => log('socket free'));
    s.on('close', () => log('socket close'));
  });
  req.on('finish', () => log('client req finish'));
  req.on('close', () => {
    log('client req close');
    setTimeout(() => { agent.destroy(); server.close(() => log('server closed')); }, 10);
  });
  req.write('ping');
  req.end();
});
