// Responses written after the client went away: write()/end() return
// values, callback errors, events on the response, and no crash; the
// server then serves another request.
'use strict';
const http = require('http');
const net = require('net');

const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.code} ${e.message}` : String(e));

const scenarios = {
  // Nothing sent yet when the client vanished.
  before(res) {
    log('write', res.write('late', (e) => log('write cb', desc(e))));
    log('headersSent', res.headersSent, 'writableLength', res.writableLength);
    res.setHeader('X-Late', '1');
    log('end returns res', res.end('bye', (e) => log('end cb', desc(e))) === res);
    log('writableEnded', res.writableEnded);
    res.end((e) => log('second end cb', desc(e)));
  },
  // Headers and part of a chunked body were out.
  streaming(res) {
    log('write', res.write('more', (e) => log('write cb', desc(e))));
    try {
      res.setHeader('X-Late', '1');
    } catch (e) {
      log('setHeader', e.code);
    }
    res.end((e) => log('end cb', desc(e)));
  },
  // writeHead after the close, then end.
  writeHead(res) {
    res.writeHead(201, { 'X-A': '1' });
    log('headersSent', res.headersSent);
    res.end('x', (e) => log('end cb', desc(e)));
  },
  // A large body whose write was pending when the peer reset.
  flushHeaders(res) {
    res.flushHeaders();
    log('headersSent', res.headersSent);
    log('write', res.write(Buffer.alloc(1 << 20), (e) => log('write cb', desc(e))));
    res.end();
  },
};

async function run(name) {
  log(`== ${name}`);
  let sock;
  const server = http.createServer((req, res) => {
    if (req.url === '/good') return res.end('fine');
    res.on('error', (e) => log('res error', desc(e)));
    res.on('finish', () => log('res finish'));
    res.on('close', () => log('res close'));
    if (name === 'streaming') res.write('partial');
    req.socket.on('close', () => {
      log('socket closed');
      scenarios[name](res);
    });
    sock.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  await new Promise((resolve) => {
    sock = net.connect(port, '127.0.0.1');
    sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    sock.on('close', resolve);
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/good', agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => log('next request', res.statusCode, d));
      res.on('end', resolve);
    });
  });
  server.close();
}

(async () => {
  for (const name of Object.keys(scenarios)) await run(name);
})();
