// Event order of a TCP server and client in one process: listening,
// connection, lookup, connect, ready, data both ways, end, finish, close,
// and the server's close once its last connection is gone.
'use strict';
const net = require('net');

const log = (...a) => console.log(...a);
const server = net.createServer();
server.on('listening', () => log('server listening', server.listening));
server.on('close', () => log('server close'));
server.on('connection', (s) => {
  log('server connection', s.remoteAddress, s.remoteFamily, typeof s.remotePort, s.readyState);
  for (const ev of ['end', 'finish', 'prefinish', 'close', 'error', 'timeout']) {
    s.on(ev, (arg) => log(`server socket ${ev}`, arg === undefined ? '' : arg));
  }
  s.setEncoding('utf8');
  s.on('data', (d) => {
    log('server socket data', JSON.stringify(d));
    s.end(`echo:${d}`);
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  log('listen callback');
  const c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  log('client readyState', c.readyState, c.pending, c.connecting);
  for (const ev of ['lookup', 'connect', 'ready', 'end', 'finish', 'prefinish', 'close', 'error']) {
    c.on(ev, (...args) => log(`client ${ev}`, ...args.filter((a) => a !== undefined)));
  }
  c.on('connect', () => {
    log('client after connect', c.readyState, c.pending, c.connecting,
        c.remoteAddress, c.localAddress, typeof c.localPort);
    log('write returned', c.write('ping'));
  });
  c.on('data', (d) => log('client data', d.toString()));
  c.on('close', () => {
    log('client bytes', c.bytesRead, c.bytesWritten, c.readyState, c.destroyed);
  });
});
process.on('exit', () => log('exit'));
