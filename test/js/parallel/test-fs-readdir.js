'use strict';
// readdir: sorted names, withFileTypes Dirents (name, parentPath, path and
// the type tests), encodings, and the recursive listing.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'b.txt'), '');
fs.writeFileSync(path.join(tmp, 'a.txt'), '');
fs.mkdirSync(path.join(tmp, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'sub', 'c.txt'), '');
fs.symlinkSync('a.txt', path.join(tmp, 'link'));

assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['a.txt', 'b.txt', 'link', 'sub']);
assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'sub', 'deep')), []);

const dirents = fs.readdirSync(tmp, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
assert.deepStrictEqual(dirents.map((d) => d.name), ['a.txt', 'b.txt', 'link', 'sub']);
for (const d of dirents) {
  assert.ok(d instanceof fs.Dirent);
  assert.deepStrictEqual(Object.keys(d), ['name', 'parentPath', 'path']);
  assert.strictEqual(d.parentPath, tmp);
  assert.strictEqual(d.path, tmp);
}
assert.deepStrictEqual(dirents.map((d) => [d.isFile(), d.isDirectory(), d.isSymbolicLink()]),
                       [[true, false, false], [true, false, false], [false, false, true],
                        [false, true, false]]);
assert.strictEqual(dirents[0].isFIFO(), false);
assert.strictEqual(dirents[0].isSocket(), false);
assert.strictEqual(dirents[0].isBlockDevice(), false);
assert.strictEqual(dirents[0].isCharacterDevice(), false);

const bufs = fs.readdirSync(tmp, { encoding: 'buffer' });
assert.ok(bufs.every(Buffer.isBuffer));
assert.deepStrictEqual(bufs.map(String).sort(), ['a.txt', 'b.txt', 'link', 'sub']);
assert.deepStrictEqual(fs.readdirSync(tmp, 'hex').map((h) => Buffer.from(h, 'hex').toString()).sort(),
                       ['a.txt', 'b.txt', 'link', 'sub']);

assert.deepStrictEqual(fs.readdirSync(tmp, { recursive: true }).sort(),
                       ['a.txt', 'b.txt', 'link', 'sub', 'sub/c.txt', 'sub/deep']);
const rec = fs.readdirSync(tmp, { recursive: true, withFileTypes: true });
assert.deepStrictEqual(rec.map((d) => path.join(path.relative(tmp, d.parentPath), d.name)).sort(),
                       ['a.txt', 'b.txt', 'link', 'sub', 'sub/c.txt', 'sub/deep']);

fs.readdir(tmp, common.mustSucceed((names) => {
  assert.deepStrictEqual(names.sort(), ['a.txt', 'b.txt', 'link', 'sub']);
}));
fs.readdir(tmp, { withFileTypes: true }, common.mustSucceed((list) => {
  assert.ok(list.find((d) => d.name === 'sub').isDirectory());
}));
fs.readdir(tmp, { recursive: true }, common.mustSucceed((names) => {
  assert.strictEqual(names.length, 6);
}));
fs.promises.readdir(tmp, { withFileTypes: true }).then(common.mustCall((list) => {
  assert.ok(list.find((d) => d.name === 'link').isSymbolicLink());
}));

assert.throws(() => fs.readdirSync(tmp, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readdirSync(path.join(tmp, 'none')), {
  code: 'ENOENT', syscall: 'scandir',
});
