'use strict';
// --test-name-pattern: tests whose name (or an enclosing suite's or test's)
// matches one of the patterns run; the others are skipped with node's
// reason. A /source/flags pattern is that regular expression.
const assert = require('assert');
const { spawnSync } = require('child_process');

const src = `
const { test, describe, it } = require('node:test');
test('adds', () => {});
test('fails', () => { throw new Error('x'); });
test('skipped', { skip: 'not now' }, () => {});
describe('Suite', () => { it('works', () => {}); it('other', () => {}); });
describe('outer', () => { it('works too', () => {}); });
`;
const r = spawnSync(process.execPath, ['--test-name-pattern=ad', '--test-name-pattern=/^s/i',
  '-e', src], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stdout + r.stderr);
const results = r.stdout.split('\n').filter((l) => /^\s*(not )?ok \d/.test(l));
assert.deepStrictEqual(results, [
  'ok 1 - adds',
  'ok 2 - fails # SKIP test name does not match pattern',
  'ok 3 - skipped # SKIP not now',
  '    ok 1 - works',
  '    ok 2 - other',
  'ok 4 - Suite',
  '    ok 1 - works too # SKIP test name does not match pattern',
  'ok 5 - outer',
]);
assert.match(r.stdout, /\n# tests 6\n# suites 2\n# pass 3\n# fail 0\n# cancelled 0\n# skipped 3\n/);
