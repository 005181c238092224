'use strict';
// fs.Dir from opendir/opendirSync: one Dirent per read, null at the end,
// small bufferSizes, async iteration (closing the Dir), recursive, and the
// closed/concurrent errors.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const names = [];
for (let i = 0; i < 40; i++) {
  names.push(`f${i}`);
  fs.writeFileSync(path.join(tmp, `f${i}`), '');
}
fs.mkdirSync(path.join(tmp, 'sub'));
fs.writeFileSync(path.join(tmp, 'sub', 'inner'), '');
names.push('sub');
names.sort();

const dir = fs.opendirSync(tmp, { bufferSize: 3 });
assert.ok(dir instanceof fs.Dir);
assert.strictEqual(dir.path, tmp);
const seen = [];
let ent;
while ((ent = dir.readSync()) !== null) {
  assert.ok(ent instanceof fs.Dirent);
  assert.strictEqual(ent.parentPath, tmp);
  if (ent.name === 'sub') assert.ok(ent.isDirectory());
  else assert.ok(ent.isFile());
  seen.push(ent.name);
}
assert.deepStrictEqual(seen.sort(), names);
assert.strictEqual(dir.readSync(), null);
dir.closeSync();
assert.throws(() => dir.readSync(), {
  code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed',
});
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
dir.close(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));
dir.close().catch(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));

// Recursive: the subdirectory's entries follow.
const rec = fs.opendirSync(tmp, { recursive: true });
const all = [];
while ((ent = rec.readSync()) !== null) all.push(path.relative(tmp, path.join(ent.parentPath, ent.name)));
rec.closeSync();
assert.ok(all.includes(path.join('sub', 'inner')));
assert.strictEqual(all.length, names.length + 1);

// The callback form; a sync call while a read is in flight is refused.
fs.opendir(tmp, common.mustSucceed((d) => {
  d.read(common.mustSucceed((first) => {
    assert.ok(names.includes(first.name));
    d.close(common.mustSucceed());
  }));
  assert.throws(() => d.readSync(), {
    code: 'ERR_DIR_CONCURRENT_OPERATION',
    message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  });
}));

// for await closes the Dir at the end.
(async () => {
  const d = await fs.promises.opendir(tmp);
  const got = [];
  for await (const e of d) got.push(e.name);
  assert.deepStrictEqual(got.sort(), names);
  await assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' });
  const d2 = fs.opendirSync(tmp);
  assert.ok(names.includes((await d2.read()).name));
  await d2.close();
})().then(common.mustCall());

assert.throws(() => fs.opendirSync(tmp, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => fs.opendirSync(path.join(tmp, 'none')), {
  code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir',
});
fs.opendir(path.join(tmp, 'f0'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOTDIR')));
