// bench: metric=rss_10k+rss_1m, runs=1, timeout=400
//
// Memory of a long-lived keep-alive server: the resident set size
// (process.memoryUsage().rss) after the first 10,000 requests and after
// 1,000,000, under hello-world load on 50 keep-alive connections. A
// runtime that leaks per request or per parser grows between the two.
// Prints both (rss_10k, rss_1m, MiB, lower is better), their difference
// (rss_growth) and the request rate over the whole run (ops/s).
//
// RSS_REQUESTS sets the total (default 1000000) and RSS_FIRST the first
// sample (default 10000); the metric names stay the same.
//
// With /usr/bin/wrk the load is wrk (one thread, pinned to CPU 1 with
// `taskset -c 1`, the server to CPU 0 when taskset exists), stopped with
// SIGINT once the server has counted the total; a non-2xx answer or a
// socket error fails the run. Without wrk, _loadgen.js (run by node) with
// 50 connections.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const total = Number(process.env.RSS_REQUESTS) || 1e6;
const first = Math.min(Number(process.env.RSS_FIRST) || 1e4, total);
const MiB = 1024 * 1024;

let count = 0;
let rssFirst = 0;
let rssLast = 0;
let start = 0n;
let seconds = 0;
let load = null;
let stopping = false;

const server = http.createServer((req, res) => {
  res.end('Hello World');
  count++;
  if (count === 1) start = process.hrtime.bigint();
  if (count === first) rssFirst = process.memoryUsage().rss;
  if (count === total) {
    rssLast = process.memoryUsage().rss;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    stopping = true;
    load.kill('SIGINT');
  }
});

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

function report() {
  server.close();
  server.closeAllConnections();
  if (count < total) fail(`the load stopped after ${count} of ${total} requests`);
  const metric = (name, bytes) => console.log(JSON.stringify({
    metric: name, value: +(bytes / MiB).toFixed(2), unit: 'MiB', better: 'lower',
  }));
  metric('rss_10k', rssFirst);
  metric('rss_1m', rssLast);
  metric('rss_growth', rssLast - rssFirst);
  console.log(`ops/s: ${Math.round(total / seconds)}`);
}

// BENCH_NO_WRK=1 forces the fallback.
const useWrk = !process.env.BENCH_NO_WRK && fs.existsSync('/usr/bin/wrk');
const useTaskset = useWrk && !spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).error;

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let out = '';
  if (useWrk) {
    if (useTaskset) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
    // Long enough for any total; SIGINT ends it (wrk then prints its summary).
    const args = ['-t1', '-c50', '-d3600s', `http://127.0.0.1:${port}/`];
    load = useTaskset ? spawn('taskset', ['-c', '1', '/usr/bin/wrk', ...args])
                      : spawn('/usr/bin/wrk', args);
    load.stderr.on('data', (d) => out += d);
  } else {
    load = spawn('node', [path.join(__dirname, '_loadgen.js'), port, 50, 3600 * 1000, 0],
                 { stdio: ['ignore', 'pipe', 'pipe'] });
  }
  load.stdout.on('data', (d) => out += d);
  load.on('close', () => {
    if (!stopping) fail('the load generator stopped early:\n' + out);
    if (useWrk && /Non-2xx|Socket errors/.test(out)) fail('bad wrk run:\n' + out);
    report();
  });
});
