// 32 MiB from client to server and back, in odd-sized writes, arrive whole
// and in order (checked with a running checksum on both ends).
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const TOTAL = 32 * 1024 * 1024;

// Deterministic pseudo-random bytes.
function fill(buf, seed) {
  let x = seed >>> 0;
  for (let i = 0; i < buf.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buf[i] = x >>> 24;
  }
  return buf;
}

function checksum(state, buf) {
  let { a, b } = state;
  for (let i = 0; i < buf.length; i++) {
    a = (a + buf[i]) % 65521;
    b = (b + a) % 65521;
  }
  state.a = a;
  state.b = b;
}

const sent = { a: 1, b: 0 };
const echoed = { a: 1, b: 0 };
const atServer = { a: 1, b: 0 };

const server = net.createServer((s) => {
  let n = 0;
  s.on('data', (d) => {
    n += d.length;
    checksum(atServer, d);
    s.write(d);
  });
  s.on('end', common.mustCall(() => {
    assert.strictEqual(n, TOTAL);
    s.end();
  }));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let offset = 0;
  let seed = 1;
  function pump() {
    while (offset < TOTAL) {
      const size = Math.min(TOTAL - offset, 1 + ((seed * 7919) % 200000));
      const chunk = fill(Buffer.allocUnsafe(size), seed++);
      checksum(sent, chunk);
      offset += size;
      if (!c.write(chunk)) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  let got = 0;
  c.on('data', (d) => {
    got += d.length;
    checksum(echoed, d);
  });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, TOTAL);
    assert.deepStrictEqual(atServer, sent);
    assert.deepStrictEqual(echoed, sent);
    server.close();
  }));
}));
