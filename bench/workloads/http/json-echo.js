// bench: metric=ops, runs=5, timeout=60
//
// JSON API round trip under keep-alive load: every request is a POST of a
// small JSON document; the server reads the body, JSON.parse()s it and
// answers JSON.stringify() of a reply built from it (application/json,
// Content-Length). ops/s is responses per second. A first request from
// the process itself checks the reply; under load a body that does not
// parse answers 400, which fails the run.
//
// With /usr/bin/wrk: 50 connections, one thread, 1 s warm-up then 3 s
// measured, wrk pinned to CPU 1 (`taskset -c 1`) and the server to CPU 0
// when taskset exists; a non-2xx answer or a socket error fails the run.
// Without wrk, _loadgen.js (run by node) keeps 16 connections busy for
// 1.5 s after a 0.3 s warm-up.
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const payload = JSON.stringify({ id: 42, user: 'eddy', tags: ['a', 'b', 'c'], score: 9.5, ok: true });

let bad = 0;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let doc;
    try {
      doc = JSON.parse(chunks.length === 1 ? chunks[0].toString() : Buffer.concat(chunks).toString());
    } catch {
      bad++;
      res.writeHead(400);
      res.end();
      return;
    }
    const out = JSON.stringify({ id: doc.id, user: doc.user, count: doc.tags.length, received: doc });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(out) });
    res.end(out);
  });
});

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

function finish(rps) {
  server.close();
  server.closeAllConnections();
  if (bad) fail(`${bad} bodies did not parse`);
  console.log(`ops/s: ${Math.round(rps)}`);
}

// BENCH_NO_WRK=1 forces the fallback.
const useWrk = !process.env.BENCH_NO_WRK && fs.existsSync('/usr/bin/wrk');
const useTaskset = useWrk && !spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).error;

function runWrk(port) {
  if (useTaskset) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-'));
  const script = path.join(dir, 'post.lua');
  fs.writeFileSync(script, `wrk.method = "POST"\nwrk.body = '${payload}'\n` +
                           'wrk.headers["Content-Type"] = "application/json"\n');
  const wrk = (secs) => {
    const args = ['-t1', '-c50', `-d${secs}s`, '-s', script, `http://127.0.0.1:${port}/`];
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
    fs.rmSync(dir, { recursive: true, force: true });
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(run.out);
    if (run.code !== 0 || !rps || /Non-2xx|Socket errors/.test(run.out)) fail('bad wrk run:\n' + run.out);
    finish(+rps[1]);
  })();
}

function runLoadgen(port) {
  const gen = spawn('node', [path.join(__dirname, '_loadgen.js'), port, 16, 1500, 300], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOADGEN_BODY: payload, LOADGEN_TYPE: 'application/json' },
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
  // One checked round trip first.
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false,
                             headers: { 'Content-Type': 'application/json' } }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => text += d);
    res.on('end', () => {
      const r = JSON.parse(text);
      if (res.statusCode !== 200 || res.headers['content-type'] !== 'application/json' ||
          r.id !== 42 || r.count !== 3 || JSON.stringify(r.received) !== payload) {
        fail('wrong reply: ' + text);
      }
      if (useWrk) runWrk(port);
      else runLoadgen(port);
    });
  });
  req.on('error', (e) => fail(e.stack));
  req.end(payload);
});
