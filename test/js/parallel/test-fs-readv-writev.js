'use strict';
// readv/writev and their Sync forms: several views in one call, positions,
// empty lists, and the ArrayBufferView[] check.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'v.txt');
const fd = fs.openSync(file, 'w+');

const parts = [Buffer.from('ab'), new Uint8Array([0x63, 0x64]), Buffer.from('efg')];
assert.strictEqual(fs.writevSync(fd, parts), 7);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefg');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'aXYdefg');
assert.strictEqual(fs.writevSync(fd, []), 0);

const a = Buffer.alloc(3);
const b = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 7);
assert.strictEqual(a.toString(), 'aXY');
assert.strictEqual(b.toString('utf8', 0, 4), 'defg');
// An empty list is EINVAL for readv (as readv(2) says) but 0 for writev.
assert.throws(() => fs.readvSync(fd, [], 0), { code: 'EINVAL', syscall: 'read' });

assert.throws(() => fs.readvSync(fd, [a, 'x']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. ' +
    "Received an instance of Array",
});
assert.throws(() => fs.writevSync(fd, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 3, common.mustSucceed((n, bufs) => {
  assert.strictEqual(n, 4);
  assert.strictEqual(bufs.length, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'aXY1234');
  const x = new Uint8Array(4);
  const y = Buffer.alloc(4);
  fs.readv(fd, [x, y], 1, common.mustSucceed((n, bufs) => {
    assert.strictEqual(n, 6);
    assert.strictEqual(bufs[0], x);
    assert.strictEqual(Buffer.from(x).toString(), 'XY12');
    assert.strictEqual(y.toString('utf8', 0, 2), '34');
    fs.readv(fd, [], common.mustCall((err, n) => {
      assert.strictEqual(err.code, 'EINVAL');
      assert.strictEqual(n, 0);
      fs.writev(fd, [], common.mustSucceed((n) => {
        assert.strictEqual(n, 0);
        fs.closeSync(fd);
      }));
    }));
  }));
}));
