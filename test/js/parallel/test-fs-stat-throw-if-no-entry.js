'use strict';
// statSync / lstatSync with throwIfNoEntry: false return undefined for a
// missing entry (ENOENT) and still throw the rest (ENOTDIR, ELOOP).
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');

assert.strictEqual(fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(file, 'under'), { throwIfNoEntry: false }), {
  code: 'ENOTDIR',
});
assert.strictEqual(fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false, bigint: true }),
                   undefined);
assert.ok(fs.statSync(file, { throwIfNoEntry: false }).isFile());

// Only `false` itself turns it off.
assert.throws(() => fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: 0 }), { code: 'ENOENT' });
assert.throws(() => fs.statSync(path.join(tmp, 'nope'), {}), { code: 'ENOENT' });

// Other failures still throw.
const loop = path.join(tmp, 'loop');
fs.symlinkSync(loop, loop);
assert.throws(() => fs.statSync(loop, { throwIfNoEntry: false }), { code: 'ELOOP', syscall: 'stat' });
