// bench: metric=echo-mb-s+wall, runs=5, timeout=120
//
// TCP echo through node:net, server and client in one process: the client
// writes 256 MiB in 64 KiB chunks (honouring write() back-pressure and
// 'drain'), the server pipes every socket back to itself, and the client
// counts what comes back. echo-mb-s is MiB/s of payload (each byte crosses
// the loopback twice). Chunk i of the payload is all byte (i & 0xff); the
// client checks the first and last byte of every piece it receives and the
// bytes on each side of every chunk boundary inside it against their offset,
// so a runtime that loses, duplicates or reorders data fails instead of
// printing a number.
'use strict';
const net = require('net');

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;
const now = () => Number(process.hrtime.bigint()) / 1e6;

const chunks = [];
for (let i = 0; i < 256; i++) chunks.push(Buffer.alloc(CHUNK, i));
const byteAt = (offset) => Math.floor(offset / CHUNK) & 0xff;

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const start = now();
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  let index = 0;

  function pump() {
    while (sent < TOTAL) {
      const ok = client.write(chunks[index++ & 0xff]);
      sent += CHUNK;
      if (!ok) {
        client.once('drain', pump);
        return;
      }
    }
  }

  client.on('connect', pump);
  client.on('data', (d) => {
    const base = received;
    const end = base + d.length;
    if (d[0] !== byteAt(base) || d[d.length - 1] !== byteAt(end - 1)) fail(`bad data at ${base}`);
    for (let b = (Math.floor(base / CHUNK) + 1) * CHUNK; b < end; b += CHUNK) {
      if (d[b - base] !== byteAt(b) || d[b - base - 1] !== byteAt(b - 1)) fail(`bad data at ${b}`);
    }
    received = end;
    if (received > TOTAL) fail('too much data');
    if (received === TOTAL) {
      const ms = now() - start;
      client.destroy();
      server.close();
      console.log(JSON.stringify({
        metric: 'echo-mb-s', value: Math.round((TOTAL / 1048576) / (ms / 1000)),
        unit: 'MiB/s', better: 'higher',
      }));
    }
  });
});
