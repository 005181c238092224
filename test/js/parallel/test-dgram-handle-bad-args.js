// eddy: the raw UDP handle (reachable through the deprecated socket._handle)
// never crashes on bad arguments or a foreign `this`: calls return an errno,
// undefined or throw a plain error. Node CHECK-fails on some of these, so
// the calls only run under eddy.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

process.on('warning', () => {});
if (!common.isEddy) {
  process.exit(0);
}
const s = dgram.createSocket('udp4');
const h = s._handle;
const weird = [undefined, null, -1, 1e300, -1e300, NaN, 2 ** 53, 1.5, '', 'x',
               {}, [], [1, 2], Symbol('s'), 10n, () => {}, new Uint8Array(3)];
const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(h))
  .filter((m) => m !== 'constructor' && m !== 'close' && typeof h[m] === 'function');
assert.ok(methods.includes('send'));
function tryCall(fn, self, args) {
  try { fn.apply(self, args); } catch (e) { assert.ok(e instanceof Error); }
}
s.bind(0, '127.0.0.1', common.mustCall(() => {
  for (const m of methods) {
    const fn = h[m];
    for (const a of weird) {
      tryCall(fn, h, [a]);
      tryCall(fn, h, [a, a, a]);
      tryCall(fn, h, [{}, [a], 1, a, a, true]);
      tryCall(fn, h, [{}, a, a, 1234, '127.0.0.1', a]);
      tryCall(fn, {}, [a, a]);
      tryCall(fn, Object.getPrototypeOf(h), [a]);
    }
  }
  tryCall(h.send, h, [{}, [Buffer.alloc(1)], 2 ** 32, 1234, '127.0.0.1', false]);
  tryCall(h.send, h, [{}, new Array(5000).fill(Buffer.alloc(1)), 5000, 1234, '127.0.0.1', false]);
  tryCall(h.bufferSize, h, [2 ** 40, true, {}]);
  h.recvStop();
  s.close(common.mustCall());
}));
