'use strict';
// spawnSync: the result object of a child that writes to stdout and stderr
// and exits with a code: status, signal, output (null for stdin), stdout,
// stderr and a pid, in node's key order.
require('../../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.strictEqual(r.output.length, 3);
assert.strictEqual(r.output[0], null);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.strictEqual(r.output[1], r.stdout);
assert.strictEqual(r.output[2], r.stderr);
assert.ok(Number.isInteger(r.pid) && r.pid > 0);
assert.strictEqual(r.error, undefined);

// A child killed by a signal has a null status and the signal's name.
const k = spawnSync('sh', ['-c', 'kill -9 $$']);
assert.strictEqual(k.status, null);
assert.strictEqual(k.signal, 'SIGKILL');

// encoding turns every output into a string.
const e = spawnSync('sh', ['-c', 'printf abc; printf def >&2'], { encoding: 'utf8' });
assert.deepStrictEqual(e.output, [null, 'abc', 'def']);
assert.strictEqual(e.stdout, 'abc');
const h = spawnSync('printf', ['AB'], { encoding: 'hex' });
assert.strictEqual(h.stdout, '4142');
