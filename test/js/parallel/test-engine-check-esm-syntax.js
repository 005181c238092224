// --check parses ES modules (.mjs, or .js under "type": "module") as
// modules: valid ones exit 0 without running, a syntax error exits 1 and
// names the file by its path and line.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-check-esm-'));
try {
  const good = path.join(dir, 'good.mjs');
  fs.writeFileSync(good, "import { x } from './missing.mjs';\nexport default x;\nconsole.log('ran');\n");
  let r = spawnSync(process.execPath, ['--check', good], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '');

  const bad = path.join(dir, 'bad.mjs');
  fs.writeFileSync(bad, 'export const a = 1;\nconst = 5;\n');
  r = spawnSync(process.execPath, ['--check', bad], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stderr.split('\n')[0], `${bad}:2`);
  assert.match(r.stderr, /SyntaxError/);

  const pkgDir = path.join(dir, 'pkg');
  fs.mkdirSync(pkgDir);
  fs.writeFileSync(path.join(pkgDir, 'package.json'), '{"type":"module"}');
  const js = path.join(pkgDir, 'main.js');
  fs.writeFileSync(js, 'export const b = 2;\n');
  r = spawnSync(process.execPath, ['--check', js], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);

  // Under "type": "commonjs", module syntax is an error.
  const cjsDir = path.join(dir, 'cjs');
  fs.mkdirSync(cjsDir);
  fs.writeFileSync(path.join(cjsDir, 'package.json'), '{"type":"commonjs"}');
  const cjs = path.join(cjsDir, 'plain.js');
  fs.writeFileSync(cjs, 'export const c = 3;\n');
  r = spawnSync(process.execPath, ['--check', cjs], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);

  // No "type": module syntax makes it a module (node 20's detection).
  const plain = path.join(dir, 'detect.js');
  fs.writeFileSync(plain, 'export const d = 4;\n');
  r = spawnSync(process.execPath, ['--check', plain], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
