// bench: metric=ops, runs=5, timeout=60
//
// JSON API round trip under keep-alive load: every request is a POST of a
// small JSON document; the server reads the body, JSON.parse()s it and
// answers JSON.stringify() of a reply built from it (application/json,
// Content-Length). ops/s is responses per second. A first request from
// the process itself checks the reply; under load a body that does not
// parse answers 400, which fails the run.
//
// The load comes from _drive.js (wrk when installed, else _loadgen.js).
'use strict';
const http = require('http');
const { drive } = require('./_drive');

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
      drive(port, {
        lua: `wrk.method = "POST"\nwrk.body = '${payload}'\n` +
             'wrk.headers["Content-Type"] = "application/json"\n',
        body: payload,
        type: 'application/json',
      }).then((r) => finish(r.rps), (e) => fail(e.message));
    });
  });
  req.on('error', (e) => fail(e.stack));
  req.end(payload);
});
