'use strict';
// util.inspect prints valid dates as their toISOString() text, including the
// edges of the four-digit year range, leap days, and years outside it.
const assert = require('node:assert');
const util = require('node:util');

const times = [
  0, -1, 1, 951782400000, 951868800000, 4107542399999, -2208988800000,
  -62167219200000, -62167219200001, 253402300799999, 253402300800000,
  8.64e15, -8.64e15, 1e12 + 7, -1e12 - 993,
];
let seed = 7;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
for (let i = 0; i < 20000; i++) {
  times.push(Math.floor((next() * 2 - 1) * 3.2e14));
  times.push(Math.floor((next() * 2 - 1) * 8.64e15));
}
for (const t of times) {
  const d = new Date(t);
  assert.strictEqual(util.inspect(d), d.toISOString(), `time ${t}`);
}
assert.strictEqual(util.inspect(new Date(NaN)), 'Invalid Date');
assert.strictEqual(util.inspect({ d: new Date(Date.UTC(2020, 0, 5, 3, 4, 5, 60)) }),
                   '{ d: 2020-01-05T03:04:05.060Z }');
const tagged = new Date(0);
tagged.extra = 1;
assert.strictEqual(util.inspect(tagged), '1970-01-01T00:00:00.000Z { extra: 1 }');
