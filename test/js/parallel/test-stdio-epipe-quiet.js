// A program that keeps writing to stdout after its reader went away
// (`eddy app.js | head -1`) ends quietly: no error output, exit code 0
// (node 20 dies of an unhandled EPIPE error here when the write was queued).
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const prog = "let i = 0; function f() { for (let k = 0; k < 1000; k++) console.log('line', i++); setImmediate(f); } f();";
const r = spawnSync('sh', ['-c', `"${process.execPath}" -e "${prog}" | head -1; echo "rc=$?"`],
  { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.stdout, 'line 0\nrc=0\n');
assert.strictEqual(r.stderr, '');
