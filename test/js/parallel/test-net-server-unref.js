// A listening server that was unref'd (before or after listen) does not
// keep the process alive; ref() would.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer();
a.unref();
a.listen(0, '127.0.0.1', common.mustCall());

// The accepted socket is unref'd too, or it would keep the loop alive.
const b = net.createServer((s) => s.unref());
b.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(b.unref(), b);
  // A client socket that is unref'd does not hold the process either.
  const c = net.connect(b.address().port, '127.0.0.1');
  c.unref();
}));

process.on('exit', () => {
  assert.strictEqual(a.listening, true);
  assert.strictEqual(b.listening, true);
});
