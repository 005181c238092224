// bench: metric=ops, runs=5, timeout=60
//
// express 4 hello world under keep-alive load: app.get('/') answering
// res.send('Hello World') through express's router, middleware chain and
// response helpers (ETag, Content-Type), on node:http. express is loaded
// from test/js/npm/node_modules (installed by tools/run_all_tests.py or
// `cd test/js/npm && npm install`); without it the run fails and says so.
// ops/s is responses per second; a first request checks the reply.
// The load comes from _drive.js (wrk when installed, else _loadgen.js).
'use strict';
const fs = require('fs');
const path = require('path');
const { drive } = require('./_drive');

const expressDir = path.join(__dirname, '..', '..', '..', 'test', 'js', 'npm', 'node_modules', 'express');
if (!fs.existsSync(path.join(expressDir, 'package.json'))) {
  console.error(`express is not installed at ${expressDir} (cd test/js/npm && npm install)`);
  process.exit(1);
}
const express = require(expressDir);
const http = require('http');

const app = express();
app.get('/', (req, res) => res.send('Hello World'));
const server = http.createServer(app);

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

function finish(rps) {
  server.close();
  server.closeAllConnections();
  console.log(`ops/s: ${Math.round(rps)}`);
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  // One checked request first.
  http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => text += d);
    res.on('end', () => {
      if (res.statusCode !== 200 || text !== 'Hello World' ||
          res.headers['content-type'] !== 'text/html; charset=utf-8' ||
          res.headers['x-powered-by'] !== 'Express' || !res.headers.etag) {
        fail(`wrong reply: ${res.statusCode} ${JSON.stringify(res.headers)} ${text}`);
      }
      drive(port).then((r) => finish(r.rps), (e) => fail(e.message));
    });
  }).on('error', (e) => fail(e.stack));
});
