'use strict';
// Paused mode through 'readable': the listener switches flowing to false,
// 'readable' fires when data is queued and once more at the end, and read()
// returns everything queued, then null.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
const log = [];
r.on('readable', () => {
  let chunk;
  while ((chunk = r.read()) !== null) log.push(String(chunk));
  log.push('null');
});
assert.strictEqual(r.readableFlowing, false);
r.push('one');
setTimeout(() => {
  r.push('two');
  r.push('three');
  r.push(null);
}, 1);
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(log, ['one', 'null', 'twothree', 'null', 'null']);
}));

// Removing the last 'readable' listener lets 'data' listeners flow again.
const r2 = new Readable({ read() {} });
const onReadable = () => {};
r2.on('readable', onReadable);
r2.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'x')));
assert.strictEqual(r2.readableFlowing, false);
r2.removeListener('readable', onReadable);
process.nextTick(() => {
  assert.strictEqual(r2.readableFlowing, true);
  r2.push('x');
});
