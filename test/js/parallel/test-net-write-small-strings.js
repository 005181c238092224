'use strict';
// Many small string writes on a socket (the corked fast path and the queued
// path behind a full kernel buffer) arrive complete and in order, mixed with
// Buffers, callbacks, other encodings and non-ASCII text; 'finish' and the
// write callbacks still come.
const assert = require('assert');
const net = require('net');

const N = 20000;
const pieces = [];
for (let i = 0; i < N; i++) {
  let s = `{"i":${i},"pad":"${'x'.repeat(i % 50)}"}`;
  if (i % 7 === 0) s += 'é';              // one-byte, not ASCII
  if (i % 11 === 0) s += '\u20ac\ud83d\ude00';  // two-byte, surrogate pair
  if (i % 13 === 0) s += '\ud800';        // lone surrogate -> U+FFFD
  pieces.push(s + '\n');
}
const expected = Buffer.from(pieces.join(''), 'utf8');

let callbacks = 0;
let finished = false;
const server = net.createServer((s) => {
  let ok = 0;
  for (let i = 0; i < N; i++) {
    const p = pieces[i];
    let r;
    if (i % 5 === 0) r = s.write(Buffer.from(p, 'utf8'));
    else if (i % 17 === 0) r = s.write(p, () => { callbacks++; });
    else if (i % 19 === 0) r = s.write(p, 'utf8');
    else r = s.write(p);
    if (r) ok++;
    assert.strictEqual(typeof r, 'boolean');
  }
  assert.ok(ok > 0);
  s.on('finish', () => { finished = true; });
  s.end();
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', () => {
    const all = Buffer.concat(got);
    assert.strictEqual(all.length, expected.length);
    assert.ok(all.equals(expected));
    server.close();
  });
});

process.on('exit', () => {
  let want = 0;
  for (let i = 0; i < N; i++) if (i % 5 !== 0 && i % 17 === 0) want++;
  assert.strictEqual(callbacks, want);
  assert.strictEqual(finished, true);
});
