'use strict';
// tmpdir() reads TMPDIR, then TMP, then TEMP, else /tmp, and drops one
// trailing slash unless the path is just "/".
const assert = require('node:assert');
const os = require('node:os');

for (const k of ['TMPDIR', 'TMP', 'TEMP']) delete process.env[k];
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/temp');
process.env.TMP = '/tmpvar/';
assert.strictEqual(os.tmpdir(), '/tmpvar');
process.env.TMPDIR = '/tmpdir//';
assert.strictEqual(os.tmpdir(), '/tmpdir/');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
process.env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/tmpvar');
