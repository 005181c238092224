'use strict';
// https server and client in one process: responses, the server-side socket
// properties, certificate failures reaching the request's 'error', a
// refused connection, and https.get with agent: false.
const fs = require('fs');
const path = require('path');
const https = require('https');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const read = (name) => fs.readFileSync(path.join(dir, name));
const ca = read('ca-cert.pem');

const server = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
                                  (req, res) => {
  const s = req.socket;
  res.writeHead(201, { 'x-alpn': String(s.alpnProtocol), 'x-servername': String(s.servername) });
  res.end(`${req.method} ${req.url} ${s.encrypted} ${s.getProtocol()}`);
});

function show(label, res, next) {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { body += d; });
  res.on('end', () => {
    console.log(label, res.statusCode, res.headers['x-alpn'], res.headers['x-servername'], body);
    next();
  });
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const steps = [
    (next) => https.get(`https://localhost:${port}/a`, { ca }, (res) => show('get', res, next)),
    (next) => {
      const req = https.request({ host: '127.0.0.1', port, method: 'DELETE', path: '/b', ca,
                                  servername: 'localhost', agent: false },
                                (res) => show('request', res, next));
      req.end();
    },
    (next) => {
      const req = https.get({ host: 'localhost', port, path: '/c' }, () => console.log('no!'));
      req.on('error', (err) => {
        console.log('no ca:', err.code, err.message);
        next();
      });
    },
    (next) => {
      // The Host header names the server (SNI and the identity check).
      const req = https.get({ host: '127.0.0.1', port, path: '/d', ca,
                             headers: { host: 'example.com' } }, () => console.log('no!'));
      req.on('error', (err) => {
        console.log('host header:', err.code, err.reason, err.host);
        next();
      });
    },
    (next) => {
      const req = https.get({ host: '127.0.0.1', port, path: '/e', rejectUnauthorized: false },
                            (res) => show('insecure', res, next));
      req.on('error', (err) => console.log('unexpected', err));
    },
    (next) => {
      server.close(() => {
        const req = https.get({ host: '127.0.0.1', port, path: '/' }, () => console.log('no!'));
        req.on('error', (err) => {
          console.log('closed:', err.code, err.syscall);
          next();
        });
      });
      https.globalAgent.destroy();
    },
  ];
  (function run(i) {
    if (i < steps.length) steps[i](() => run(i + 1));
    else console.log('done');
  })(0);
});
