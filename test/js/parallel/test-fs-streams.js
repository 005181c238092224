'use strict';
// createReadStream / createWriteStream: open/ready events, start/end
// ranges, highWaterMark chunks, piping a file, fd and FileHandle sources,
// errors as 'error' then 'close', and option checks.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const src = path.join(tmp, 'src.txt');
fs.writeFileSync(src, 'abcdefghijklmnopqrstuvwxyz');

const rs = fs.createReadStream(src, { start: 2, end: 9, highWaterMark: 3 });
assert.ok(rs instanceof fs.ReadStream);
assert.strictEqual(rs.pending, true);
assert.strictEqual(rs.path, src);
const chunks = [];
rs.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
rs.on('ready', common.mustCall());
rs.on('data', (c) => chunks.push(c.toString()));
rs.on('end', common.mustCall(() => {
  assert.deepStrictEqual(chunks, ['cde', 'fgh', 'ij']);
  assert.strictEqual(rs.bytesRead, 8);
}));
rs.on('close', common.mustCall(() => assert.strictEqual(rs.fd, null)));

const dest = path.join(tmp, 'dest.txt');
const ws = fs.createWriteStream(dest);
assert.ok(ws instanceof fs.WriteStream);
ws.write('hello ');
ws.write(Buffer.from('streams'));
ws.end(common.mustCall(() => {
  assert.strictEqual(ws.bytesWritten, 13);
  assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'hello streams');
}));
ws.on('close', common.mustCall());

// A larger file through pipe().
const big = Buffer.alloc(300 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 253;
const bigFile = path.join(tmp, 'big');
fs.writeFileSync(bigFile, big);
const copy = path.join(tmp, 'copy');
fs.createReadStream(bigFile).pipe(fs.createWriteStream(copy)).on('finish', common.mustCall(() => {
  assert.ok(fs.readFileSync(copy).equals(big));
}));

// Append with flags and start.
const appended = path.join(tmp, 'app.txt');
fs.writeFileSync(appended, '0123456789');
const patch = fs.createWriteStream(appended, { flags: 'r+', start: 3 });
patch.end('XY', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(appended, 'utf8'), '012XY56789');
}));

// From a descriptor: no 'open', and the descriptor is closed at the end.
const fd = fs.openSync(src, 'r');
const fromFd = fs.createReadStream(null, { fd, encoding: 'utf8', start: 23 });
fromFd.on('open', common.mustNotCall());
let text = '';
fromFd.on('data', (s) => { text += s; });
fromFd.on('close', common.mustCall(() => {
  assert.strictEqual(text, 'xyz');
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
}));

// From a FileHandle.
fs.promises.open(src).then(common.mustCall(async (fh) => {
  let all = '';
  for await (const c of fh.createReadStream({ encoding: 'utf8', end: 4 })) all += c;
  assert.strictEqual(all, 'abcde');
  assert.strictEqual(fh.fd, -1);
}));

const missing = fs.createReadStream(path.join(tmp, 'none'));
missing.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));
missing.on('close', common.mustCall());

assert.throws(() => fs.createReadStream(src, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(src, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createWriteStream(src, { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(42), { code: 'ERR_INVALID_ARG_TYPE' });
