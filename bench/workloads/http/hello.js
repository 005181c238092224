// bench: metric=ops, runs=5, timeout=60
//
// Hello-world HTTP server under keep-alive load: the runtime under test
// serves `res.end('Hello World')` while a load generator run by node
// (_loadgen.js, the same for every runtime) keeps 16 connections busy, one
// request in flight on each, for 1.5 s after a 0.3 s warm-up. ops/s is
// responses per second. The generator checks status lines and framing; a
// wrong response or a dropped connection fails the run.
'use strict';
const http = require('http');
const { spawn } = require('child_process');
const path = require('path');

const server = http.createServer((req, res) => {
  res.end('Hello World');
});

server.listen(0, '127.0.0.1', () => {
  const gen = spawn('node', [path.join(__dirname, '_loadgen.js'), server.address().port,
                             16, 1500, 300], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  gen.stdout.on('data', (d) => out += d);
  gen.on('close', (code) => {
    server.close();
    server.closeAllConnections();
    if (code !== 0) process.exit(1);
    const r = JSON.parse(out);
    if (r.errors || r.requests < 100) {
      console.error('bad run', out);
      process.exit(1);
    }
    console.log(`ops/s: ${Math.round(r.requests / (r.ms / 1000))}`);
  });
});
