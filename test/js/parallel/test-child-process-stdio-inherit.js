'use strict';
// stdio 'inherit' and 'ignore' make no streams: stdin/stdout/stderr are null
// and stdio is [null, null, null]. An inheriting child writes straight to
// this process' stdout (checked through a grandchild).
const common = require('../../common');
const assert = require('node:assert');
const { spawn, spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  const c = spawn('echo', ['from-grandchild'], { stdio: 'inherit' });
  assert.strictEqual(c.stdout, null);
  assert.deepStrictEqual(c.stdio, [null, null, null]);
  c.on('close', (code) => process.exit(code));
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child']);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout.toString(), 'from-grandchild\n');

const ign = spawn('echo', ['lost'], { stdio: 'ignore' });
assert.strictEqual(ign.stdin, null);
assert.strictEqual(ign.stdout, null);
assert.strictEqual(ign.stderr, null);
assert.deepStrictEqual(ign.stdio, [null, null, null]);
ign.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

const mixed = spawn('true', { stdio: ['ignore', 'inherit', 2] });
assert.deepStrictEqual(mixed.stdio, [null, null, null]);
mixed.on('close', common.mustCall());
