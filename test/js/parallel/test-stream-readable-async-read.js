'use strict';
// _read is called with the highWaterMark, once at a time: no new _read until
// the previous one pushed. Asynchronous pushes arrive as 'data' in order.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

let outstanding = false;
let n = 0;
const sizes = [];
const r = new Readable({
  highWaterMark: 8,
  read(size) {
    assert.strictEqual(outstanding, false);
    outstanding = true;
    sizes.push(size);
    setTimeout(() => {
      outstanding = false;
      n++;
      this.push(n <= 3 ? `chunk${n}` : null);
    }, 1);
  },
});
const got = [];
r.on('data', (d) => got.push(String(d)));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got, ['chunk1', 'chunk2', 'chunk3']);
  assert.deepStrictEqual(sizes, [8, 8, 8, 8]);
}));
