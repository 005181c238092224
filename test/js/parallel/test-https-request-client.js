'use strict';
// https.request / https.get through https.Agent against an HTTPS server run
// by node: GET with a URL string, POST with a body through a keep-alive
// agent (the socket is reused), the SNI name taken from the host, and a
// certificate error reaching the request's 'error'.
const assert = require('assert');
const https = require('https');
const { read, startNodeServer } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');

function getJSON(res, cb) {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { body += d; });
  res.on('end', () => cb(JSON.parse(body)));
}

startNodeServer('https', 'server', (port, child) => {
  let done = 0;
  const finish = () => { if (++done === 3) child.stdin.end(); };

  https.get(`https://localhost:${port}/path?q=1`, { ca }, (res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['content-type'], 'application/json');
    assert.strictEqual(res.socket.encrypted, true);
    assert.strictEqual(res.socket.authorized, true);
    getJSON(res, (info) => {
      assert.deepStrictEqual(info, {
        method: 'GET', url: '/path?q=1', host: `localhost:${port}`, body: '',
        servername: 'localhost',
      });
      finish();
    });
  });

  const agent = new https.Agent({ keepAlive: true, ca });
  const post = (n, cb) => {
    const req = https.request({
      host: 'localhost', port, method: 'POST', path: `/p${n}`, agent,
      headers: { 'content-type': 'text/plain' },
    }, (res) => getJSON(res, (info) => cb(info, req)));
    req.end(`body ${n}`);
  };
  post(1, (info1, req1) => {
    assert.strictEqual(info1.body, 'body 1');
    assert.strictEqual(info1.method, 'POST');
    setImmediate(() => post(2, (info2, req2) => {
      assert.strictEqual(info2.body, 'body 2');
      assert.strictEqual(req2.reusedSocket, true);
      agent.destroy();
      finish();
    }));
  });

  // No `ca`: the system store does not know the test CA.
  const req = https.get({ host: '127.0.0.1', port, path: '/' }, () => assert.fail('response'));
  req.on('error', (err) => {
    assert.strictEqual(err.code, 'SELF_SIGNED_CERT_IN_CHAIN');
    finish();
  });
});
