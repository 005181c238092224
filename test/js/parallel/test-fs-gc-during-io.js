// Flags: --expose-gc
'use strict';
// Asynchronous reads into small typed arrays (whose bytes live inside the
// GC cell and move) and writes from them survive collections while the
// requests are in flight; a buffer detached meanwhile is left alone.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

if (typeof gc !== 'function') {
  console.log('skipped: needs --expose-gc');
  return;
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'data');
const data = Buffer.alloc(64);
for (let i = 0; i < 64; i++) data[i] = i;
fs.writeFileSync(file, data);
const fd = fs.openSync(file, 'r+');

const N = 200;
let done = 0;
for (let i = 0; i < N; i++) {
  const target = new Uint8Array(8);
  const offset = i % 56;
  fs.read(fd, target, 0, 8, offset, common.mustSucceed((n) => {
    assert.strictEqual(n, 8);
    for (let k = 0; k < 8; k++) assert.strictEqual(target[k], offset + k);
    if (++done === N) finish();
  }));
  if (i % 20 === 0) gc();
}
gc();

function finish() {
  const src = new Uint8Array([9, 8, 7, 6]);
  fs.write(fd, src, 0, 4, 0, common.mustSucceed((n) => {
    assert.strictEqual(n, 4);
    assert.deepStrictEqual([...fs.readFileSync(file).subarray(0, 4)], [9, 8, 7, 6]);
    // Detach the target while the read runs: the result is dropped, no crash.
    const ab = new ArrayBuffer(16);
    const view = new Uint8Array(ab);
    fs.read(fd, view, 0, 16, 0, common.mustSucceed((n) => {
      assert.strictEqual(n, 16);
      assert.strictEqual(view.length, 0);
      fs.closeSync(fd);
    }));
    structuredClone(ab, { transfer: [ab] });
    gc();
  }));
  gc();
}
