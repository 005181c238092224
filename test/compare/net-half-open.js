// allowHalfOpen: the server sees the client's end, keeps writing, and ends
// later; without it, the socket ends its own side as soon as the peer did.
'use strict';
const net = require('net');

const log = (...a) => console.log(...a);

function halfOpen(next) {
  const server = net.createServer({ allowHalfOpen: true }, (s) => {
    s.setEncoding('utf8');
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      log('half: server end, got', JSON.stringify(got), 'writable', s.writable, s.readyState);
      setTimeout(() => {
        s.write('late ');
        s.end('reply');
      }, 20);
    });
    s.on('finish', () => log('half: server finish'));
    s.on('close', (e) => { log('half: server close', e); server.close(next); });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.setEncoding('utf8');
    let reply = '';
    c.on('connect', () => { c.end('request'); log('half: client ended', c.readyState); });
    c.on('finish', () => log('half: client finish', c.readyState));
    c.on('data', (d) => { reply += d; });
    c.on('end', () => log('half: client end, reply', JSON.stringify(reply)));
    c.on('close', (e) => log('half: client close', e));
  });
}

function notHalfOpen() {
  const server = net.createServer((s) => {
    s.on('end', () => log('full: server end', s.writable, s.readyState));
    s.on('finish', () => log('full: server finish'));
    s.on('close', () => { log('full: server close'); server.close(); });
    s.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
    c.on('end', () => log('full: client end'));
    c.on('close', () => log('full: client close'));
  });
}

halfOpen(() => { log('half: server closed'); notHalfOpen(); });
