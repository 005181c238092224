'use strict';
// fetch() of https: URLs: a server certificate from an untrusted CA rejects
// with `fetch failed` and the TLS verify code as the cause; with
// NODE_TLS_REJECT_UNAUTHORIZED=0 (and node's warning) the request goes
// through, body and headers included.
const https = require('https');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'server-key.pem')),
  cert: fs.readFileSync(path.join(dir, 'server-cert.pem')),
}, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} ${body}`);
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `https://localhost:${server.address().port}/p?q=1`;
  try {
    await fetch(url);
  } catch (err) {
    console.log(err.message, err.cause && err.cause.code);
  }
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const res = await fetch(url, { method: 'POST', body: 'data' });
  console.log(res.status, res.headers.get('content-type'), await res.text());
  const again = await fetch(url);
  console.log(again.status, await again.text());
  server.close();
  process.exit(0);
});
