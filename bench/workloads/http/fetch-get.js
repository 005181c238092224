// bench: metric=ops+wall, runs=5, timeout=120
//
// fetch() client throughput: 10,000 sequential GETs with the global fetch
// against a hello-world http server in the same process, each response read
// with text(). Sequential requests to one origin run over a kept-alive
// connection (undici's pool in node, eddy's fetch agent). ops/s is requests
// per second, timed from the first fetch to the last body. Every response is
// checked (status, header, body), and the server counts the requests, so a
// runtime that drops or mixes up responses fails instead of printing a
// number.
'use strict';
const http = require('http');

const N = 10000;
let served = 0;
const server = http.createServer((req, res) => {
  served++;
  res.setHeader('content-type', 'text/plain');
  res.end(`hello ${req.url}`);
});

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const res = await fetch(base + i);
    if (res.status !== 200 || res.headers.get('content-type') !== 'text/plain') {
      fail(`bad response ${i}: ${res.status}`);
    }
    const text = await res.text();
    if (text !== `hello /${i}`) fail(`bad body ${i}: ${text}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (served !== N) fail(`server saw ${served} requests`);
  console.log(`ops/s: ${Math.round(N / (ms / 1000))}`);
  server.close();
});
