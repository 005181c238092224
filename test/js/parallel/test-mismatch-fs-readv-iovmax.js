'use strict';
// readv/writev with more buffers than IOV_MAX (1024 on Linux): writes take
// every buffer, a read fills only the first 1024 (libuv's limit per request),
// in the callback, promise and sync forms alike.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-mismatch-iov-'));
const file = path.join(tmp, 'data');
const N = 3000;
const bufs = Array.from({ length: N }, (_, i) => Buffer.from([i & 0xff, i >> 8]));
const blank = (n = N) => Array.from({ length: n }, () => Buffer.alloc(2));

const fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writevSync(fd, bufs, 0), 2 * N);
const sync = blank();
assert.strictEqual(fs.readvSync(fd, sync, 0), 2048);
assert.deepStrictEqual([...sync[1023]], [1023 & 0xff, 1023 >> 8]);
assert.deepStrictEqual([...sync[1024]], [0, 0]);

fs.writev(fd, bufs, 2 * N, (err, written, buffers) => {
  assert.ifError(err);
  assert.strictEqual(written, 2 * N);
  assert.strictEqual(buffers, bufs);
  const cb = blank(2 * N);
  fs.readv(fd, cb, 2, async (err, read, buffers) => {
    assert.ifError(err);
    assert.strictEqual(read, 2048);
    assert.strictEqual(buffers, cb);
    assert.deepStrictEqual([...cb[1023]], [1024 & 0xff, 1024 >> 8]);
    assert.deepStrictEqual([...cb[1024]], [0, 0]);

    const fh = await fs.promises.open(file, 'r+');
    const w = await fh.writev(bufs, 4 * N);
    assert.strictEqual(w.bytesWritten, 2 * N);
    const pr = blank(3 * N);
    const r = await fh.readv(pr, 0);
    assert.strictEqual(r.bytesRead, 2048);
    assert.deepStrictEqual([...pr[1024]], [0, 0]);
    // Without a position: from the file position, which moves by what was read.
    const fd2 = fs.openSync(file, 'r');
    assert.strictEqual((await fs.promises.readFile(file)).length, 6 * N);
    await new Promise((resolve) => fs.readv(fd2, blank(), (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 2048);
      resolve();
    }));
    const next = Buffer.alloc(2);
    fs.readSync(fd2, next, 0, 2, null);
    assert.deepStrictEqual([...next], [1024 & 0xff, 1024 >> 8]);
    fs.closeSync(fd2);
    await fh.close();
    fs.closeSync(fd);
    fs.rmSync(tmp, { recursive: true });
  });
});
