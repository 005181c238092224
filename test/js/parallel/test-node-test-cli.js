'use strict';
// `--test` with no paths: finds the test files under the current directory
// as node does (name patterns, test/ directories, not node_modules), runs
// each, and reports them in one TAP stream with one summary; exit code 1
// when a test failed. `--test file` runs just that file; test options such
// as --test-name-pattern reach each file's process.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-cli-'));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
write('test/a.test.js', `const test = require('node:test');
const assert = require('assert');
test('a1', () => {});
test('a2', () => { assert.strictEqual(1, 2); });
`);
write('src/b.test.mjs', `import { describe, it } from 'node:test';
describe('b', () => { it('b1', () => {}); });
`);
write('src/c_test.cjs', `require('node:test')('c', { skip: 'later' }, () => {});
`);
write('src/plain.js', `throw new Error('not a test file, must not run');
`);
write('node_modules/x/x.test.js', `throw new Error('node_modules must be skipped');
`);
write('test/helper.js', `console.log('helper output');
`);

try {
  const r = spawnSync(process.execPath, ['--test'], { cwd: dir, encoding: 'utf8' });
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  const out = r.stdout;
  assert.match(out, /^TAP version 13\n/);
  assert.match(out, /\n {4}ok 1 - b1\n/);
  assert.match(out, /\nok \d+ - b\n/);
  assert.match(out, /\nok \d+ - c # SKIP later\n/);
  assert.match(out, /\nok \d+ - a1\n/);
  assert.match(out, /\nnot ok \d+ - a2\n/);
  assert.match(out, /\n# helper output\n/);
  assert.ok(out.includes(`ok 5 - ${path.join(dir, 'test', 'helper.js')}\n`) ||
    out.includes(`ok 4 - ${path.join(dir, 'test', 'helper.js')}\n`), out);
  assert.doesNotMatch(out, /must not run|must be skipped/);
  assert.match(out, /\n# tests 5\n# suites 1\n# pass 3\n# fail 1\n# cancelled 0\n# skipped 1\n/);

  // Test options reach every file's process.
  const named = spawnSync(process.execPath, ['--test', '--test-name-pattern=a1'],
                          { cwd: dir, encoding: 'utf8' });
  assert.strictEqual(named.status, 0, named.stdout + named.stderr);
  assert.match(named.stdout, /\nok \d+ - a2 # SKIP test name does not match pattern\n/);

  const one = spawnSync(process.execPath, ['--test', path.join('src', 'b.test.mjs')],
                        { cwd: dir, encoding: 'utf8' });
  assert.strictEqual(one.status, 0, one.stdout + one.stderr);
  assert.match(one.stdout, /\n1\.\.1\n# tests 1\n# suites 1\n# pass 1\n# fail 0\n/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
