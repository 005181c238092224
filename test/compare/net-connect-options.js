// connect() options: localAddress/localPort (and the bind error when the
// local port is taken), family, noDelay/keepAlive set before connecting,
// timeout, IPv6 (skipped where ::1 is unavailable), a server on the
// unspecified address seen over IPv4 as ::ffff:127.0.0.1, ipv6Only.
'use strict';
const net = require('net');

const steps = [];
const next = () => { const s = steps.shift(); if (s) s(); };
const sub = (text, port, name) => String(text).split(String(port)).join(name);

steps.push(() => {
  const server = net.createServer((s) => {
    console.log('server: remote is local?', s.remotePort === localPort, s.remoteAddress);
    s.end();
  });
  let localPort;
  server.listen(0, '127.0.0.1', () => {
    const tmp = net.createServer().listen(0, '127.0.0.1', () => {
      localPort = tmp.address().port;
      tmp.close(() => {
        const c = net.connect({
          port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort,
          family: 4, noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000, timeout: 5000,
        });
        console.log('timeout before connect', c.timeout);
        c.on('connect', () => {
          console.log('client local', c.localAddress, c.localPort === localPort, c.localFamily,
                      'remote', c.remoteAddress, c.remoteFamily);
          console.log('setNoDelay returns socket', c.setNoDelay(false) === c, c.setKeepAlive(false) === c);
        });
        c.resume();
        c.on('close', () => {
          // The same local port, still held by the server's accepted side or
          // TIME_WAIT, may be refused; either way the error names bind.
          const d = net.connect({ port: server.address().port, host: '127.0.0.1', localPort: server.address().port });
          d.on('error', (e) => {
            console.log('bind error', sub(e.message, server.address().port, 'PORT'), e.syscall, e.code);
            server.close(next);
          });
          d.on('connect', () => { console.log('unexpected connect'); d.destroy(); server.close(next); });
        });
      });
    });
  });
});

steps.push(() => {
  const probe = net.createServer();
  probe.on('error', () => { console.log('ipv6: unavailable (skipped)'); next(); });
  probe.listen(0, '::1', () => {
    probe.close();
    const server = net.createServer((s) => {
      console.log('ipv6 server: remote', s.remoteAddress, s.remoteFamily);
      s.end('6');
    });
    server.listen(0, '::1', () => {
      console.log('ipv6 address', server.address().address, server.address().family);
      const c = net.connect({ port: server.address().port, host: '::1' }, () => {
        console.log('ipv6 client remote', c.remoteAddress, c.remoteFamily, c.localFamily);
      });
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('ipv6 data', d));
      c.on('close', () => server.close(next));
    });
  });
});

steps.push(() => {
  const server = net.createServer((s) => {
    console.log('any server: remote', s.remoteAddress, s.remoteFamily, s.localAddress);
    s.end();
  });
  server.on('error', (e) => { console.log('any error', e.code); next(); });
  server.listen(0, () => {
    const a = server.address();
    console.log('any address', a.address === '::' || a.address === '0.0.0.0');
    const c = net.connect(a.port, '127.0.0.1');
    c.resume();
    c.on('close', () => server.close(next));
  });
});

steps.push(() => {
  const server = net.createServer();
  server.on('error', (e) => { console.log('ipv6Only error', e.code); next(); });
  server.listen({ port: 0, host: '::', ipv6Only: true }, () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', (e) => { console.log('ipv6Only: v4 refused', e.code); server.close(next); });
    c.on('connect', () => { console.log('ipv6Only: v4 connected'); c.destroy(); server.close(next); });
  });
});

next();
