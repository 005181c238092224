// bench: metric=ops, runs=5, timeout=60
//
// Hello-world HTTP server under keep-alive load: the runtime under test
// serves `res.end('Hello World')`. ops/s is responses per second.
//
// With wrk installed (bench/install-peers.sh installs it), wrk drives it:
// 50 connections, one thread, 1 s of warm-up then 3 s measured; with
// taskset available the server is pinned to CPU 0 and wrk to CPU 1, so the
// two do not fight over a core. The p99 latency is reported too ("p99",
// lower is better). A non-2xx answer or a socket error fails the run.
//
// Without wrk, a load generator run by node (_loadgen.js, the same for
// every runtime) keeps 16 connections busy, one request in flight on each,
// for 1.5 s after a 0.3 s warm-up; it checks status lines and framing.
'use strict';
const http = require('http');
const { spawn, spawnSync } = require('child_process');
const path = require('path');

function have(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}

const useWrk = !process.env.BENCH_NO_WRK && have('wrk', ['--version']);
const useTaskset = useWrk && have('taskset', ['-c', '0', 'true']);

const server = http.createServer((req, res) => {
  res.end('Hello World');
});

function fail(msg) {
  console.error(msg);
  server.close();
  server.closeAllConnections();
  process.exit(1);
}

function runWrk(port) {
  if (useTaskset) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const wrk = (secs, latency) => {
    const args = ['-t1', '-c50', `-d${secs}s`];
    if (latency) args.push('--latency');
    args.push(url);
    return useTaskset ? spawn('taskset', ['-c', '1', 'wrk', ...args]) : spawn('wrk', args);
  };
  const collect = (child, cb) => {
    let out = '';
    child.stdout.on('data', (d) => out += d);
    child.stderr.on('data', (d) => out += d);
    child.on('close', (code) => cb(code, out));
  };
  // Warm-up (JIT, connection set-up), then the measured run.
  collect(wrk(1, false), (code, out) => {
    if (code !== 0) return fail('wrk warm-up failed: ' + out);
    collect(wrk(3, true), (code2, text) => {
      server.close();
      server.closeAllConnections();
      if (code2 !== 0) return fail('wrk failed: ' + text);
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
      if (!rps || /Non-2xx|Socket errors/.test(text)) return fail('bad run:\n' + text);
      console.log(`ops/s: ${Math.round(+rps[1])}`);
      const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(text);
      if (p99) {
        const scale = { us: 1e-3, ms: 1, s: 1e3 }[p99[2]];
        console.log(JSON.stringify({ metric: 'p99', value: +p99[1] * scale, unit: 'ms',
                                     better: 'lower' }));
      }
    });
  });
}

function runLoadgen(port) {
  const gen = spawn('node', [path.join(__dirname, '_loadgen.js'), port, 16, 1500, 300],
                    { stdio: ['ignore', 'pipe', 'inherit'] });
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
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  if (useWrk) runWrk(port);
  else runLoadgen(port);
});
