'use strict';
// base64 encoding pads with '='; base64url uses '-' and '_' and no padding.
const assert = require('node:assert');

const cases = [
  ['', '', ''],
  ['f', 'Zg==', 'Zg'],
  ['fo', 'Zm8=', 'Zm8'],
  ['foo', 'Zm9v', 'Zm9v'],
  ['foob', 'Zm9vYg==', 'Zm9vYg'],
  ['fooba', 'Zm9vYmE=', 'Zm9vYmE'],
  ['foobar', 'Zm9vYmFy', 'Zm9vYmFy'],
];
for (const [text, b64, b64url] of cases) {
  assert.strictEqual(Buffer.from(text).toString('base64'), b64);
  assert.strictEqual(Buffer.from(text).toString('base64url'), b64url);
  assert.strictEqual(Buffer.from(b64, 'base64').toString(), text);
  assert.strictEqual(Buffer.from(b64url, 'base64url').toString(), text);
}
const bin = Buffer.from([0xfb, 0xff, 0xbf, 0xfe]);
assert.strictEqual(bin.toString('base64'), '+/+//g==');
assert.strictEqual(bin.toString('base64url'), '-_-__g');
assert.strictEqual(bin.base64Slice(1, 3), '/78=');
assert.strictEqual(bin.base64urlSlice(1, 3), '_78');
assert.throws(() => bin.base64Slice(0, 5), { code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' });

// Every byte value round-trips.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (let start = 0; start < 3; start++) {
  const part = all.subarray(start);
  assert.ok(Buffer.from(part.toString('base64'), 'base64').equals(part));
  assert.ok(Buffer.from(part.toString('base64url'), 'base64url').equals(part));
}
