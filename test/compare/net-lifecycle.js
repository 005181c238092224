// Socket and server life cycles: writes and end() while the connection
// is being made, connect() again on a socket that closed, listen() again after
// close(), destroy() from inside 'data' with writes queued, destroySoon(),
// pause/resume around 'data', ref/unref before connecting.
'use strict';
const net = require('net');

const steps = [];
const next = () => { const s = steps.shift(); if (s) s(); };

const server = net.createServer((s) => {
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => { console.log('server got', JSON.stringify(got)); s.end(`ack ${got.length}`); });
  s.on('error', (e) => console.log('server socket error', e.code));
});

steps.push(() => {
  const c = new net.Socket();
  console.log('new socket', c.readyState, c.pending, c.connecting, c.destroyed, c.bytesWritten);
  c.unref();
  c.ref();
  c.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.readyState, c.connecting);
  c.write('early ');
  c.end('bird');
  console.log('before connected', c.readyState, c.writableLength, c.bytesWritten);
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d));
  c.once('close', () => {
    console.log('closed', c.readyState, c.destroyed);
    // The same Socket object connects again.
    c.connect(server.address().port, '127.0.0.1', () => {
      console.log('reconnected', c.readyState, c.destroyed);
      c.end('second life');
    });
    c.once('close', () => { console.log('closed again'); next(); });
  });
});

steps.push(() => {
  const port = server.address().port;
  server.close(() => {
    console.log('server closed, listening', server.listening);
    server.listen(port, '127.0.0.1', () => {
      console.log('listening again on the same port', server.address().port === port);
      next();
    });
  });
});

steps.push(() => {
  const greeter = net.createServer((s) => {
    s.on('error', () => {});
    s.resume();
    s.end('hello');
  });
  greeter.listen(0, '127.0.0.1', () => {
    const c = net.connect(greeter.address().port, '127.0.0.1', () => {
      c.pause();
      console.log('paused', c.isPaused());
      setTimeout(() => c.resume(), 20);
    });
    c.on('data', (d) => {
      console.log('data while flowing', String(d));
      for (let i = 0; i < 10; i++) c.write('x'.repeat(100000));
      c.destroy();
      console.log('destroyed in data', c.destroyed);
    });
    c.on('close', (hadError) => {
      console.log('close', hadError);
      greeter.close(next);
    });
  });
});

steps.push(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('soon');
    c.destroySoon();
    console.log('after destroySoon', c.writable, c.destroyed);
  });
  c.on('data', (d) => console.log('destroySoon data', String(d)));
  c.on('finish', () => console.log('destroySoon finish'));
  c.on('close', () => { console.log('destroySoon close', c.destroyed); next(); });
});

steps.push(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => {
    console.log('destroy in connect');
    c.destroy();
  });
  c.on('close', () => { console.log('closed after connect-destroy'); server.close(() => console.log('done')); });
});

server.listen(0, '127.0.0.1', next);
