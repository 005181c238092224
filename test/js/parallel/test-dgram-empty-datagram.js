// An empty datagram arrives as a 'message' with an empty Buffer and size 0.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.length, 0);
  assert.strictEqual(rinfo.size, 0);
  s.close();
}));
s.bind(0, '127.0.0.1', common.mustCall(() => {
  s.send(Buffer.alloc(0), s.address().port, '127.0.0.1', common.mustSucceed((n) => {
    assert.strictEqual(n, 0);
  }));
}));
