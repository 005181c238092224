'use strict';
// spawnSync's maxBuffer counts stdout and stderr together: going over it
// kills the child and reports ENOBUFS; 0 and Infinity mean no limit.
require('../../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const r = spawnSync('sh', ['-c', 'head -c 200000 /dev/zero'], { maxBuffer: 100 });
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.strictEqual(r.error.message, 'spawnSync sh ENOBUFS');
assert.ok(r.stdout.length > 100);

const both = spawnSync('sh', ['-c', 'printf 12345; printf 67890 >&2'], { maxBuffer: 8 });
assert.strictEqual(both.error && both.error.code, 'ENOBUFS');

for (const maxBuffer of [0, Infinity, 10]) {
  const ok = spawnSync('printf', ['hello'], { maxBuffer });
  assert.strictEqual(ok.error, undefined);
  assert.strictEqual(ok.stdout.toString(), 'hello');
}

assert.throws(() => spawnSync('true', { maxBuffer: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1',
});
