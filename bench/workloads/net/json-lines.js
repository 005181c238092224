// bench: metric=msgs-s+wall, runs=5, timeout=120
//
// Line-delimited JSON over TCP, server and client in one process: the server
// writes 100,000 JSON messages, one socket.write() per message (each a line
// of about 120 bytes), and ends; the client splits what it receives into
// lines and JSON.parses every one. msgs-s is messages per second from
// connect to the last message parsed. The client checks every message's
// sequence number and a field, so lost, duplicated or garbled lines fail
// the run instead of printing a number.
'use strict';
const net = require('net');

const N = 100000;
const now = () => Number(process.hrtime.bigint()) / 1e6;

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

const server = net.createServer((s) => {
  for (let i = 0; i < N; i++) {
    s.write(JSON.stringify({
      seq: i,
      type: 'quote',
      symbol: i % 3 === 0 ? 'EDDY' : 'NODE',
      bid: 100 + (i % 97) / 8,
      ask: 100.5 + (i % 89) / 8,
      tags: ['live', i % 2 ? 'odd' : 'even'],
      ok: true,
    }) + '\n');
  }
  s.end();
});

server.listen(0, '127.0.0.1', () => {
  const start = now();
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let pending = '';
  let count = 0;
  c.on('data', (chunk) => {
    pending += chunk;
    let from = 0;
    let nl;
    while ((nl = pending.indexOf('\n', from)) !== -1) {
      const msg = JSON.parse(pending.slice(from, nl));
      if (msg.seq !== count || msg.tags[1] !== (count % 2 ? 'odd' : 'even')) {
        fail(`bad message ${count}: ${pending.slice(from, nl)}`);
      }
      count++;
      from = nl + 1;
    }
    pending = pending.slice(from);
  });
  c.on('end', () => {
    const ms = now() - start;
    if (count !== N || pending !== '') fail(`got ${count} messages, ${pending.length} bytes left`);
    server.close();
    console.log(JSON.stringify({
      metric: 'msgs-s', value: Math.round(N / (ms / 1000)), unit: 'msgs/s', better: 'higher',
    }));
  });
});
