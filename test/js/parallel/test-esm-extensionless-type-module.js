'use strict';
// In a "type": "module" package, an extensionless file is an ES module: as
// the main entry (npm bin scripts such as typescript's tsc are written so)
// and when imported.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.join(__dirname, '..', '..', 'fixtures', 'esm-extensionless');
for (const entry of ['bin', 'main.mjs']) {
  const r = spawnSync(process.execPath, [path.join(dir, entry)], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'ext-less module true\n1\n');
}
