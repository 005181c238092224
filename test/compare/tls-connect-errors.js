'use strict';
// tls.connect failures without a TLS server: argument errors, a refused
// connection, a plain-TCP server that answers in clear text (wrong version
// number), and a server that hangs up during the handshake.
const tls = require('tls');
const net = require('net');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

show('minVersion', () => tls.connect({ port: 1, minVersion: 'SSLv2' }));
show('ca', () => tls.connect({ port: 1, ca: {} }));
show('secureContext', () => new tls.TLSSocket(null, { secureContext: {} }));
show('ALPN', () => tls.convertALPNProtocols(['x'.repeat(300)], {}));

const steps = [
  (next) => {
    // A port nobody listens on.
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => {
        const s = tls.connect(port, '127.0.0.1');
        s.on('error', (err) => console.log('refused:', err.code, err.syscall, err.address,
                                           err.port === port));
        s.on('close', (hadError) => {
          console.log('refused close', hadError);
          next();
        });
      });
    });
  },
  (next) => {
    // Clear text where a ServerHello should be.
    const server = net.createServer((c) => {
      c.on('error', () => {});
      c.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    }).listen(0, '127.0.0.1', () => {
      const s = tls.connect({ port: server.address().port, host: '127.0.0.1' });
      s.on('secureConnect', () => console.log('unexpected secureConnect'));
      s.on('error', (err) => {
        console.log('clear text:', err.code, err.library, err.reason);
      });
      s.on('close', () => { server.close(); next(); });
    });
  },
  (next) => {
    // The server reads the ClientHello, then closes.
    const server = net.createServer((c) => {
      c.once('data', () => c.end());
    }).listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      const s = tls.connect({ port, host: '127.0.0.1' });
      s.on('error', (err) => {
        console.log('hang-up:', err.code, err.message, err.host, err.port === port);
      });
      s.on('close', () => { server.close(); next(); });
    });
  },
  (next) => {
    // The same over a socket the caller connected (`socket` option).
    const server = net.createServer((c) => {
      c.on('error', () => {});
      c.end('not tls at all, not at all, not at all\r\n');
    }).listen(0, '127.0.0.1', () => {
      const raw = net.connect(server.address().port, '127.0.0.1', () => {
        const s = tls.connect({ socket: raw });
        s.on('error', (err) => console.log('socket option:', err.code));
        s.on('close', () => { server.close(); next(); });
      });
    });
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
  else console.log('done');
})(0);
