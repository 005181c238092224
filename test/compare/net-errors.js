// node:net error surface: EADDRINUSE and ECONNREFUSED (message, code, errno,
// syscall, address, port), bad ports and arguments, listen twice, close of a
// server that is not running, write after end, writes to a closed socket,
// destroy(err). Ports are printed as PORT.
'use strict';
const net = require('net');

const steps = [];
const next = () => { const s = steps.shift(); if (s) s(); };
const show = (e, port) => {
  const msg = port ? String(e.message).split(String(port)).join('PORT') : e.message;
  const props = {};
  for (const k of Object.keys(e)) props[k] = k === 'port' ? 'PORT' : e[k];
  console.log(`${e.name} ${e.code}: ${msg}`, JSON.stringify(props));
};

steps.push(() => {
  const a = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = a.address();
    const b = net.createServer();
    b.on('error', (e) => { show(e, port); a.close(next); });
    b.on('listening', () => console.log('unexpected listening'));
    b.listen(port, '127.0.0.1');
  });
});

steps.push(() => {
  const a = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = a.address();
    a.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => { show(e, port); console.log('destroyed', c.destroyed); });
      c.on('close', (hadError) => { console.log('close hadError', hadError); next(); });
    });
  });
});

steps.push(() => {
  for (const f of [
    () => net.connect(65536),
    () => net.connect({ port: -1 }),
    () => net.connect({ port: '' }),
    () => net.connect({ port: 1.5 }),
    () => net.connect({ port: {} }),
    () => net.connect({}),
    () => net.connect({ port: 80, localAddress: 'nope' }),
    () => net.connect({ port: 80, lookup: 1, host: 'example.invalid' }),
    () => net.createServer().listen(70000),
    () => net.createServer().listen({ foo: 1 }),
    () => net.createServer(1),
    () => new net.Socket({ objectMode: true }),
    () => net.setDefaultAutoSelectFamily('yes'),
    () => net.setDefaultAutoSelectFamilyAttemptTimeout(0),
    () => new net.Socket().setTimeout(-1),
    () => new net.Socket().setTimeout('1'),
    () => new net.Socket().setTimeout(10, 'x'),
  ]) {
    try {
      const r = f();
      console.log('no throw', typeof r);
      if (r && r.destroy) r.destroy();
    } catch (e) {
      show(e);
    }
  }
  next();
});

steps.push(() => {
  const s = net.createServer().listen(0, () => {
    try { s.listen(0); } catch (e) { show(e); }
    s.close((err) => {
      console.log('closed', err);
      s.close((e) => { show(e); next(); });
    });
  });
});

steps.push(() => {
  const server = net.createServer((sock) => sock.resume());
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end('bye');
      const ret = c.write('more', (err) => {
        show(err);
        console.log('write after end returned', ret);
      });
      c.on('error', (e) => { console.log('error event'); show(e); });
      c.on('close', () => { server.close(); next(); });
    });
  });
});

steps.push(() => {
  const server = net.createServer((sock) => sock.destroy());
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('close', () => {
      c.write('x', (err) => { show(err); server.close(next); });
      c.on('error', (e) => { console.log('error event after close'); show(e); });
    });
    c.resume();
  });
});

steps.push(() => {
  const c = new net.Socket();
  c.on('error', (e) => { console.log('error event'); show(e); });
  c.on('close', (h) => { console.log('close', h); next(); });
  c.destroy(new Error('boom'));
  console.log('destroyed', c.destroyed, c.readyState);
});

steps.push(() => {
  const c = new net.Socket();
  try { c.resetAndDestroy(); } catch (e) { show(e); }
  c.on('error', (e) => show(e));
  c.on('close', () => next());
});

next();
