// bench: metric=ops, runs=5, timeout=60
//
// express 4 hello world under keep-alive load: app.get('/') answering
// res.send('Hello World') through express's router, middleware chain and
// response helpers (ETag, Content-Type), on node:http. express is loaded
// from test/js/npm/node_modules (installed by tools/run_all_tests.py or
// `cd test/js/npm && npm install`); without it the run fails and says so.
// ops/s is responses per second; a first request checks the reply.
//
// With /usr/bin/wrk: 50 connections, one thread, 1 s warm-up then 3 s
// measured, wrk pinned to CPU 1 (`taskset -c 1`) and the server to CPU 0
// when taskset exists; a non-2xx answer or a socket error fails the run.
// Without wrk, _loadgen.js (run by node) keeps 16 connections busy for
// 1.5 s after a 0.3 s warm-up.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

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

// BENCH_NO_WRK=1 forces the fallback.
const useWrk = !process.env.BENCH_NO_WRK && fs.existsSync('/usr/bin/wrk');
const useTaskset = useWrk && !spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).error;

function runWrk(port) {
  if (useTaskset) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const wrk = (secs) => {
    const args = ['-t1', '-c50', `-d${secs}s`, `http://127.0.0.1:${port}/`];
    const child = useTaskset ? spawn('taskset', ['-c', '1', '/usr/bin/wrk', ...args])
                             : spawn('/usr/bin/wrk', args);
    return new Promise((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => out += d);
      child.stderr.on('data', (d) => out += d);
      child.on('close', (code) => resolve({ code, out }));
    });
  };
  (async () => {
    const warm = await wrk(1);
    if (warm.code !== 0) fail('wrk warm-up failed: ' + warm.out);
    const run = await wrk(3);
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(run.out);
    if (run.code !== 0 || !rps || /Non-2xx|Socket errors/.test(run.out)) fail('bad wrk run:\n' + run.out);
    finish(+rps[1]);
  })();
}

function runLoadgen(port) {
  const gen = spawn('node', [path.join(__dirname, '_loadgen.js'), port, 16, 1500, 300], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  gen.stdout.on('data', (d) => out += d);
  gen.on('close', (code) => {
    if (code !== 0) fail('load generator failed');
    const r = JSON.parse(out);
    if (r.errors || r.requests < 100) fail('bad run ' + out);
    finish(r.requests / (r.ms / 1000));
  });
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
      if (useWrk) runWrk(port);
      else runLoadgen(port);
    });
  }).on('error', (e) => fail(e.stack));
});
