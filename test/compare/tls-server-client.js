'use strict';
// A TLS server and client in one process: event order on both sides, ALPN,
// SNI, socket properties, client certificates, handshake failures reported
// as 'tlsClientError', and close_notify on end().
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');
const serverOptions = { key: read('server-key.pem'), cert: read('server-cert.pem') };

function basic(next) {
  const log = [];
  const server = tls.createServer({ ...serverOptions, ALPNProtocols: ['h2', 'http/1.1'] },
                                  (socket) => {
    log.push(`server secureConnection ${socket.servername} ${socket.alpnProtocol} ` +
             `${socket.authorized} ${socket.authorizationError} ${socket.encrypted}`);
    log.push(`server protocol ${socket.getProtocol()} cipher ${socket.getCipher().version}`);
    log.push(`server own cert ${socket.getCertificate().subject.CN}`);
    log.push(`server peer cert ${JSON.stringify(socket.getPeerCertificate())}`);
    socket.setEncoding('utf8');
    socket.on('data', (d) => {
      log.push(`server data ${d}`);
      socket.write(d.toUpperCase());
    });
    socket.on('end', () => {
      log.push('server end');
      socket.end();
    });
    socket.on('close', (hadError) => {
      log.push(`server close ${hadError}`);
      server.close(() => {
        log.push('server closed');
        console.log(log.join('\n'));
        next();
      });
    });
  });
  server.on('connection', () => log.push('server connection'));
  server.listen(0, '127.0.0.1', () => {
    const client = tls.connect({
      port: server.address().port,
      host: '127.0.0.1',
      servername: 'localhost',
      ca,
      ALPNProtocols: ['x', 'http/1.1'],
    }, () => {
      log.push(`client secureConnect ${client.authorized} ${client.alpnProtocol} ` +
               `${client.getProtocol()} ${client.getPeerCertificate().subject.CN}`);
      client.write('hello');
    });
    client.setEncoding('utf8');
    client.on('data', (d) => {
      log.push(`client data ${d}`);
      client.end();
    });
    client.on('end', () => log.push('client end'));
    client.on('close', (hadError) => log.push(`client close ${hadError}`));
  });
}

function clientCert(next) {
  const log = [];
  const server = tls.createServer({ ...serverOptions, ca, requestCert: true,
                                    rejectUnauthorized: false }, (socket) => {
    const cert = socket.getPeerCertificate();
    log.push(`server authorized=${socket.authorized} error=${socket.authorizationError} ` +
             `peer=${cert.subject && cert.subject.CN}`);
    socket.end('bye');
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const withCert = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost',
                                   key: read('client-key.pem'), cert: read('client-cert.pem') });
    withCert.resume();
    withCert.on('close', () => {
      const without = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' });
      without.resume();
      without.on('close', () => {
        server.close();
        console.log(log.join('\n'));
        next();
      });
    });
  });
}

function failures(next) {
  const log = [];
  const server = tls.createServer({ ...serverOptions, ALPNProtocols: ['h2'] }, () => {
    log.push('unexpected secureConnection');
  });
  server.on('tlsClientError', (err, socket) => {
    log.push(`tlsClientError ${err.code} ${err.library} ${err.reason} ` +
             `${socket instanceof tls.TLSSocket}`);
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    // No ALPN protocol in common.
    const a = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost',
                            ALPNProtocols: ['http/1.1'] });
    a.on('error', (err) => log.push(`client error ${err.code} ${err.reason}`));
    a.on('close', () => {
      // TLS 1.2 only against a TLS 1.3-only server.
      const b = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost',
                              maxVersion: 'TLSv1.1', minVersion: 'TLSv1' });
      b.on('error', (err) => log.push(`client error ${err.code}`));
      b.on('close', () => {
        setTimeout(() => {
          server.close();
          console.log(log.join('\n'));
          next();
        }, 50);
      });
    });
  });
}

basic(() => clientCert(() => failures(() => console.log('done'))));
