'use strict';
// node:test's TAP reporter (the default when stdout is not a terminal): the
// fixture's results, nesting, YAML details, summary counts and exit code,
// with durations and stack lines left out of the comparison.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(__dirname, '..', '..', 'fixtures', 'node-test', 'basic.js');
const r = spawnSync(process.execPath, [fixture], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 1);

// Drops duration values, `stack: |-` blocks and location columns.
const lines = [];
let stackIndent = -1;
for (const line of r.stdout.split('\n')) {
  const indent = line.length - line.trimStart().length;
  if (stackIndent >= 0 && indent > stackIndent) continue;
  stackIndent = -1;
  if (line.trim() === 'stack: |-') {
    stackIndent = indent;
    continue;
  }
  lines.push(line.replace(/duration_ms:? [\d.]+/, 'duration_ms *')
    .replace(/(location: '.*:\d+):\d+'/, "$1:*'")
    .replace(fixture, 'FIXTURE'));
}
const expected = `TAP version 13
# Subtest: adds
ok 1 - adds
  ---
  duration_ms *
  ...
# Subtest: fails
not ok 2 - fails
  ---
  duration_ms *
  location: 'FIXTURE:13:*'
  failureType: 'testCodeFailure'
  error: |-
    Expected values to be strictly equal:
    
    1 !== 2
    
  code: 'ERR_ASSERTION'
  name: 'AssertionError'
  expected: 2
  actual: 1
  operator: 'strictEqual'
  ...
# Subtest: skipped
ok 3 - skipped # SKIP not now
  ---
  duration_ms *
  ...
# Subtest: todo
ok 4 - todo # TODO
  ---
  duration_ms *
  ...
# Subtest: async parent
    # Subtest: sub one
    ok 1 - sub one
      ---
      duration_ms *
      ...
    # Subtest: sub two
    ok 2 - sub two
      ---
      duration_ms *
      ...
    1..2
ok 5 - async parent
  ---
  duration_ms *
  ...
# a note
# Subtest: suite
    # Subtest: works
    ok 1 - works
      ---
      duration_ms *
      ...
    # Subtest: throws
    not ok 2 - throws
      ---
      duration_ms *
      location: 'FIXTURE:30:*'
      failureType: 'testCodeFailure'
      error: 'boom'
      code: 'ERR_TEST_FAILURE'
      ...
    # Subtest: inner
        # Subtest: deep
        ok 1 - deep
          ---
          duration_ms *
          ...
        1..1
    ok 3 - inner
      ---
      duration_ms *
      type: 'suite'
      ...
    # Subtest: skip me
    ok 4 - skip me # SKIP
      ---
      duration_ms *
      ...
    # Subtest: later
    ok 5 - later # TODO
      ---
      duration_ms *
      ...
    1..5
not ok 6 - suite
  ---
  duration_ms *
  type: 'suite'
  location: 'FIXTURE:25:*'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: done callback
ok 7 - done callback
  ---
  duration_ms *
  ...
# Subtest: done with error
not ok 8 - done with error
  ---
  duration_ms *
  location: 'FIXTURE:42:*'
  failureType: 'testCodeFailure'
  error: 'cb fail'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: mock
ok 9 - mock
  ---
  duration_ms *
  ...
# Subtest: skip inside
ok 10 - skip inside # SKIP reason
  ---
  duration_ms *
  ...
# Subtest: hook order
ok 11 - hook order
  ---
  duration_ms *
  ...
# Subtest: name with \\# and \\\\ and\\\\nnewline
ok 12 - name with \\# and \\\\ and\\\\nnewline
  ---
  duration_ms *
  ...
1..12
# tests 18
# suites 2
# pass 10
# fail 3
# cancelled 0
# skipped 3
# todo 2
# duration_ms *
`;
assert.strictEqual(lines.join('\n'), expected);
