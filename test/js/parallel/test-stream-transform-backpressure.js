'use strict';
// While a Transform's readable side is full, it holds back the write
// acknowledgement, so the writable side fills up too; reading releases it.
const assert = require('node:assert');
const { Transform } = require('node:stream');
const common = require('../../common');

const transformed = [];
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(chunk, enc, cb) { transformed.push(chunk); cb(null, chunk); },
});
const results = [];
for (let i = 0; i < 6; i++) results.push(t.write(i));
assert.deepStrictEqual(results, [true, true, false, false, false, false]);
assert.deepStrictEqual(transformed, [0, 1]);
assert.strictEqual(t.readableLength, 2);
assert.strictEqual(t.writableLength, 5);

t.end();
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(transformed, [0, 1]);
  const out = [];
  t.on('data', (d) => out.push(d));
  t.on('end', common.mustCall(() => {
    assert.deepStrictEqual(out, [0, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual(transformed, [0, 1, 2, 3, 4, 5]);
  }));
}), 5);
