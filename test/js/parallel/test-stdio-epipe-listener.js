// With an 'error' listener of its own on stdout, the program sees EPIPE.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const prog = "process.stdout.on('error', (e) => { require('fs').writeSync(2, e.code); process.exit(0); });" +
  "function f() { process.stdout.write('y'.repeat(65536)); setImmediate(f); } f();";
const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "${prog}" | head -c 1 >/dev/null`],
  { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.stderr, 'EPIPE');
