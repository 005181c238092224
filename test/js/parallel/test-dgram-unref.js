// An unref'd bound socket does not keep the process alive; ref/unref
// return the socket.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(s.unref(), s);
  assert.strictEqual(s.ref(), s);
  s.unref();
}));
s.on('message', common.mustNotCall());
s.on('close', common.mustNotCall());
