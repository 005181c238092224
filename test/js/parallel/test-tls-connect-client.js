'use strict';
// tls.connect against a TLS server run by node: verification with the `ca`
// option, SNI, ALPN, getPeerCertificate (plain and detailed), getProtocol,
// getCipher, data both ways, end() with close_notify, 'end' and 'close'.
const assert = require('assert');
const tls = require('tls');
const net = require('net');
const { read, startNodeServer } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');

startNodeServer('echo', 'server', (port, child) => {
  const events = [];
  const socket = tls.connect({
    host: '127.0.0.1',
    port,
    ca,
    servername: 'localhost',
    ALPNProtocols: ['http/1.1'],
  }, () => {
    events.push('secureConnect');
    assert(socket instanceof tls.TLSSocket);
    assert(socket instanceof net.Socket);
    assert.strictEqual(socket.encrypted, true);
    assert.strictEqual(socket.authorized, true);
    assert.strictEqual(socket.authorizationError, null);
    assert.strictEqual(socket.alpnProtocol, 'http/1.1');
    assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
    const cipher = socket.getCipher();
    assert.deepStrictEqual(Object.keys(cipher), ['name', 'standardName', 'version']);
    assert.strictEqual(cipher.version, 'TLSv1.3');
    assert.match(cipher.name, /^TLS_/);
    assert.strictEqual(socket.remoteAddress, '127.0.0.1');
    assert.strictEqual(socket.remotePort, port);
    assert.strictEqual(typeof socket.localPort, 'number');
    assert(Buffer.isBuffer(socket.getSession()));

    const cert = socket.getPeerCertificate();
    assert.strictEqual(cert.subject.CN, 'localhost');
    assert.strictEqual(cert.subject.O, 'eddy');
    assert.strictEqual(cert.issuer.CN, 'eddy test CA');
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(cert.serialNumber, '1001');
    assert.match(cert.valid_from, /GMT$/);
    assert.match(cert.valid_to, /2126 GMT$/);
    assert.match(cert.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert(Buffer.isBuffer(cert.raw));
    assert.strictEqual(cert.bits, 2048);
    assert.strictEqual(cert.issuerCertificate, undefined);

    // Detailed: the chain up to the trusted root, which is its own issuer.
    const detailed = socket.getPeerCertificate(true);
    const issuer = detailed.issuerCertificate;
    assert.strictEqual(issuer.subject.CN, 'eddy test CA');
    assert.strictEqual(issuer.issuerCertificate, issuer);

    const x509 = socket.getPeerX509Certificate();
    assert.strictEqual(x509.subject, 'CN=localhost\nO=eddy');

    socket.write('ping');
  });
  assert.strictEqual(socket.connecting, true);
  socket.on('connect', () => events.push('connect'));
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    data += d;
    if (data.includes('echo:ping')) socket.end();
  });
  socket.on('end', () => events.push('end'));
  socket.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    events.push('close');
    assert.strictEqual(data, 'hello localhost http/1.1 client-anonymous\necho:ping');
    assert.deepStrictEqual(events, ['connect', 'secureConnect', 'end', 'close']);
    child.stdin.end();
  });
});
