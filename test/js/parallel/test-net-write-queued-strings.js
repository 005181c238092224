'use strict';
// String writes queued behind a full socket buffer are sent as node sends
// them: each encoded on its own (a high surrogate ending one write and a low
// surrogate starting the next stay two U+FFFD), long and non-ASCII strings
// intact, a write made before the connection is up delivered first.
const assert = require('assert');
const net = require('net');

const big = 'x'.repeat(4 * 1024 * 1024);   // fills the socket buffer
const common = [
  '\u00e9'.repeat(8000),                   // one-byte, not ASCII
  '\u20ac'.repeat(8000),                   // two-byte
  'lone \ud800 high\n', 'lone \udc00 low\n',
  'plain\n',
];
const rounds = [
  ['early\n', big, 'a\ud83d', '\ude00b', ...common],  // split pair: two U+FFFD
  ['early\n', big, 'pair \ud83d\ude00\n', ...common],
];

let pending = rounds.length;
const server = net.createServer((s) => {
  const got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => {
    const all = Buffer.concat(got);
    const idx = all[5] === 0x0a ? all.indexOf('pair') >= 0 ? 1 : 0 : -1;
    assert.notStrictEqual(idx, -1);
    const expected = Buffer.concat(rounds[idx].map((p) => Buffer.from(p, 'utf8')));
    assert.strictEqual(all.length, expected.length);
    assert.ok(all.equals(expected));
    s.end();
    if (--pending === 0) server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  for (const parts of rounds) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.write(parts[0]);                      // before 'connect'
    c.on('connect', () => {
      for (let i = 1; i < parts.length; i++) c.write(parts[i]);
      c.end();
    });
    c.resume();
  }
});
