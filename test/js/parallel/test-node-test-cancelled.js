'use strict';
// A test whose promise can never settle (the loop ran dry) is cancelled,
// and so is every test that had not started: TAP `not ok` with node's
// reason, counted as cancelled, exit code 1.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const src = `
const { test } = require('node:test');
test('ok', () => {});
test('hangs', () => new Promise(() => {}));
test('after', () => {});
`;
const file = path.join(os.tmpdir(), `eddy-cancelled-${process.pid}.js`);
fs.writeFileSync(file, src);
let r;
try {
  r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
} finally {
  fs.rmSync(file, { force: true });
}
assert.strictEqual(r.status, 1);
assert.match(r.stdout, /\nok 1 - ok\n/);
for (const [n, name] of [[2, 'hangs'], [3, 'after']]) {
  assert.match(r.stdout, new RegExp(`\\nnot ok ${n} - ${name}\\n  ---\\n  duration_ms: [\\d.]+\\n` +
    "  location: '.*'\\n  failureType: 'cancelledByParent'\\n" +
    "  error: 'Promise resolution is still pending but the event loop has already resolved'\\n" +
    "  code: 'ERR_TEST_FAILURE'\\n"));
}
assert.match(r.stdout, /\n# tests 3\n# suites 0\n# pass 1\n# fail 0\n# cancelled 2\n/);
