'use strict';
// --test-reporter picks node:test's reporter (dot, spec, tap) and
// --test-reporter-destination where it writes (stdout, stderr, a file).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const src = `
const { test, describe, it } = require('node:test');
test('a', () => {});
test('b', () => { throw new Error('boom'); });
describe('s', () => { it('c', () => {}); });
`;
const run = (...flags) => spawnSync(process.execPath, [...flags, '-e', src], { encoding: 'utf8' });

const dot = run('--test-reporter=dot');
assert.strictEqual(dot.status, 1);
assert.match(dot.stdout, /^\.X\.\.\n\nFailed tests:\n\n\u2716 b \([\d.]+ms\)\n {2}Error: boom\n/);

const spec = run('--test-reporter', 'spec');
assert.strictEqual(spec.status, 1);
assert.match(spec.stdout, /^\u2714 a \([\d.]+ms\)\n\u2716 b \([\d.]+ms\)\n/);
assert.match(spec.stdout, /\n\u25b6 s\n {2}\u2714 c \([\d.]+ms\)\n\u2714 s \([\d.]+ms\)\n/);
assert.match(spec.stdout, /\n\u2139 tests 3\n\u2139 suites 1\n\u2139 pass 2\n\u2139 fail 1\n/);

const toErr = run('--test-reporter=tap', '--test-reporter-destination=stderr');
assert.strictEqual(toErr.stdout, '');
assert.match(toErr.stderr, /^TAP version 13\n/);

const file = path.join(os.tmpdir(), `eddy-reporter-${process.pid}.txt`);
try {
  const toFile = run('--test-reporter=tap', `--test-reporter-destination=${file}`);
  assert.strictEqual(toFile.stdout, '');
  assert.match(fs.readFileSync(file, 'utf8'), /\nnot ok 2 - b\n/);
} finally {
  fs.rmSync(file, { force: true });
}
