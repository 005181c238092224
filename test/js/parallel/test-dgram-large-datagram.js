// A 60000-byte datagram round-trips intact, five times in a row (each sent
// when the previous one arrived); the send queue getters return numbers.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const big = Buffer.alloc(60000);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
const s = dgram.createSocket('udp4');
const N = 5;
let n = 0;
s.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(msg.equals(big));
  assert.strictEqual(rinfo.size, 60000);
  if (++n === N) s.close();
  else s.send(big, s.address().port, '127.0.0.1');
}, N));
s.bind(0, '127.0.0.1', common.mustCall(() => {
  s.send(big, s.address().port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 60000);
  }));
  assert.strictEqual(typeof s.getSendQueueCount(), 'number');
  assert.strictEqual(typeof s.getSendQueueSize(), 'number');
}));
