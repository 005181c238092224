// bench: metric=ops, runs=5, timeout=60
//
// Hello-world HTTP server under keep-alive load: the runtime under test
// serves `res.end('Hello World')`. ops/s is responses per second.
//
// The load comes from _drive.js: wrk pinned to the other core when
// installed (then the p99 latency is reported too, "p99", lower is better),
// else _loadgen.js run by node.
'use strict';
const http = require('http');
const { drive } = require('./_drive');

const server = http.createServer((req, res) => {
  res.end('Hello World');
});

function fail(msg) {
  console.error(msg);
  server.close();
  server.closeAllConnections();
  process.exit(1);
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  drive(port).then((r) => {
    server.close();
    server.closeAllConnections();
    console.log(`ops/s: ${Math.round(r.rps)}`);
    if (r.p99 !== undefined) {
      console.log(JSON.stringify({ metric: 'p99', value: r.p99, unit: 'ms', better: 'lower' }));
    }
  }, (e) => fail(e.message));
});
