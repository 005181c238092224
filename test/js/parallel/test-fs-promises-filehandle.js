'use strict';
// FileHandle: fd, read/write in their forms (null-prototype results),
// readv/writev, stat/truncate/sync/chmod/utimes, readFile/writeFile at the
// handle's position, 'close' event, close() idempotent, use after close.
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

(async () => {
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'eddy-test-fs-'));
  const file = path.join(tmp, 'h.txt');
  try {
    await fsp.writeFile(file, '0123456789');
    const fh = await fsp.open(file, 'r+');
    assert.strictEqual(typeof fh.fd, 'number');
    assert.strictEqual(fh.constructor.name, 'FileHandle');
    assert.strictEqual(typeof fh.getAsyncId(), 'number');

    let r = await fh.read(Buffer.alloc(4), 0, 4, 2);
    assert.strictEqual(Object.getPrototypeOf(r), null);
    assert.deepStrictEqual(Object.keys(r), ['bytesRead', 'buffer']);
    assert.strictEqual(r.bytesRead, 4);
    assert.strictEqual(r.buffer.toString(), '2345');
    r = await fh.read({ buffer: Buffer.alloc(3), position: 7 });
    assert.strictEqual(r.buffer.toString(), '789');
    r = await fh.read(Buffer.alloc(2), { position: 0 });
    assert.strictEqual(r.buffer.toString(), '01');
    r = await fh.read();
    assert.strictEqual(r.buffer.length, 16384);

    let w = await fh.write(Buffer.from('AB'), 0, 2, 0);
    assert.deepStrictEqual(Object.keys(w), ['bytesWritten', 'buffer']);
    assert.strictEqual(w.bytesWritten, 2);
    w = await fh.write('é', 2);
    assert.strictEqual(w.bytesWritten, 2);
    assert.strictEqual(w.buffer, 'é');
    w = await fh.write('6263', 4, 'hex');
    assert.strictEqual(w.bytesWritten, 2);
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'ABébc6789');

    const v = await fh.writev([Buffer.from('x'), Buffer.from('y')], 0);
    assert.strictEqual(v.bytesWritten, 2);
    const a = Buffer.alloc(1);
    const b = Buffer.alloc(1);
    assert.strictEqual((await fh.readv([a, b], 0)).bytesRead, 2);
    assert.strictEqual(a.toString() + b.toString(), 'xy');

    assert.strictEqual((await fh.stat()).size, 10);
    assert.strictEqual((await fh.stat({ bigint: true })).size, 10n);
    await fh.truncate(4);
    assert.strictEqual((await fh.stat()).size, 4);
    await fh.sync();
    await fh.datasync();
    await fh.chmod(0o640);
    assert.strictEqual((await fh.stat()).mode & 0o777, 0o640);
    await fh.utimes(100, 200);
    assert.strictEqual((await fh.stat()).mtimeMs, 200000);
    const { uid, gid } = await fh.stat();
    await fh.chown(uid, gid);

    // readFile reads from the current position, writeFile writes there.
    const fh2 = await fsp.open(file, 'r');
    await fh2.read(Buffer.alloc(1), 0, 1, null);
    assert.strictEqual(await fh2.readFile('utf8'), 'yé');
    await fh2.close();
    const fh3 = await fsp.open(path.join(tmp, 'w.txt'), 'w');
    await fh3.writeFile('one');
    await fh3.appendFile('two');
    await fh3.close();
    assert.strictEqual(await fsp.readFile(path.join(tmp, 'w.txt'), 'utf8'), 'onetwo');

    let closes = 0;
    fh.on('close', () => closes++);
    const { close } = fh;
    await close();
    await fh.close();
    assert.strictEqual(fh.fd, -1);
    assert.strictEqual(closes, 1);
    await assert.rejects(fh.read(), (err) => {
      assert.strictEqual(err.message, 'file closed');
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, 'read');
      return true;
    });
    await assert.rejects(fh.stat(), { code: 'EBADF', syscall: 'fstat' });

    // close() waits for operations in flight.
    const fh4 = await fsp.open(file, 'r');
    const pending = fh4.readFile('utf8');
    await fh4.close();
    assert.strictEqual(await pending, 'xyé');
    assert.strictEqual(fh4.fd, -1);
  } finally {
    await fsp.rm(tmp, { recursive: true, force: true });
  }
})().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});
