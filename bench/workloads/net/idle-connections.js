// bench: metric=rss-per-conn+conns-s+wall, runs=3, timeout=180
//
// 10,000 concurrent idle TCP connections held by one server. The server
// (this process) keeps every socket open and reading, with a 'data'
// listener as a real server would; a child process of the same runtime
// opens the connections, 250 at a time. rss-per-conn is the growth of the
// server's resident set size from before the first connection to when all
// 10,000 are accepted, divided by 10,000 (lower is better); conns-s is how
// fast they were accepted. The file-descriptor limit is whatever the runtime
// sets (node raises the soft limit to the hard one at start-up).
'use strict';
const net = require('net');
const { spawn } = require('child_process');

const N = 10000;

if (process.argv[2] === 'client') {
  // The connecting side: N sockets to port argv[3], then wait to be killed.
  const port = +process.argv[3];
  const sockets = [];
  let opened = 0;
  let inFlight = 0;
  function more() {
    while (inFlight < 250 && opened < N) {
      opened++;
      inFlight++;
      const s = net.connect(port, '127.0.0.1', () => { inFlight--; more(); });
      s.on('error', (err) => {
        console.error(`client: ${err.message}`);
        process.exit(1);
      });
      sockets.push(s);
    }
  }
  more();
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => process.exit(0));
  return;
}

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

const sockets = new Set();
let accepted = 0;
let startRss;
let start;
let child;

const server = net.createServer((s) => {
  sockets.add(s);
  s.on('data', () => {});
  s.on('close', () => sockets.delete(s));
  if (++accepted === N) setTimeout(report, 200);
});

function report() {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = process.memoryUsage().rss;
  if (sockets.size !== N) fail(`only ${sockets.size} connections open`);
  console.log(JSON.stringify({
    metric: 'rss-per-conn', value: Math.round((rss - startRss) / N), unit: 'bytes', better: 'lower',
  }));
  console.log(JSON.stringify({
    metric: 'conns-s', value: Math.round(N / ((ms - 200) / 1000)), unit: 'conns/s', better: 'higher',
  }));
  child.stdin.end();
  for (const s of sockets) s.destroy();
  server.close();
}

server.listen(0, '127.0.0.1', 2048, () => {
  startRss = process.memoryUsage().rss;
  start = process.hrtime.bigint();
  child = spawn(process.execPath, [__filename, 'client', String(server.address().port)], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code !== 0 && accepted < N) fail(`client exited with ${code}`);
  });
});
