'use strict';
// statSync/lstatSync results stay independent of later calls (the binding
// fills one shared array for synchronous calls), match fstatSync and the
// bigint form, and missing entries still throw or give undefined.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-statv-'));
const a = path.join(dir, 'a');
const b = path.join(dir, 'b');
const link = path.join(dir, 'l');
fs.writeFileSync(a, 'aaa');
fs.writeFileSync(b, 'bbbbbbbbbb');
fs.symlinkSync(a, link);

const sa = fs.statSync(a);
const sb = fs.statSync(b);
const sd = fs.statSync(dir);
assert.strictEqual(sa.size, 3);
assert.strictEqual(sb.size, 10);
assert.ok(sa.isFile() && !sa.isDirectory());
assert.ok(sd.isDirectory());
assert.notStrictEqual(sa.ino, sb.ino);
assert.ok(sa instanceof fs.Stats);
assert.ok(sa.mtime instanceof Date);
assert.strictEqual(sa.mtime.getTime(), Math.round(sa.mtimeMs));

const sl = fs.lstatSync(link);
assert.ok(sl.isSymbolicLink());
assert.strictEqual(fs.statSync(link).ino, sa.ino);
assert.strictEqual(sa.size, 3);  // unchanged by the later calls

const fd = fs.openSync(b, 'r');
const fst = fs.fstatSync(fd);
fs.closeSync(fd);
assert.strictEqual(fst.ino, sb.ino);
assert.strictEqual(fst.size, sb.size);

const big = fs.statSync(a, { bigint: true });
assert.strictEqual(big.size, 3n);
assert.strictEqual(big.ino, BigInt(sa.ino));

assert.strictEqual(fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(dir, 'none')), { code: 'ENOENT', syscall: 'stat' });
assert.throws(() => fs.lstatSync(path.join(dir, 'none')), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.statSync(path.join(a, 'x')), { code: 'ENOTDIR', syscall: 'stat' });
assert.strictEqual(Object.keys(sa).length, 18);
assert.deepStrictEqual(Object.keys(sa).slice(0, 4), ['dev', 'mode', 'nlink', 'uid']);

fs.rmSync(dir, { recursive: true, force: true });
