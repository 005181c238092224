// The book's watcher: when a watched file changes, spawn `ls -l` on it and
// pipe the output through; here the output is collected and checked.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-watch-ls-'));
const file = path.join(dir, 'target.txt');
fs.writeFileSync(file, 'one');
const watcher = fs.watch(file, () => {
  watcher.close();
  const ls = spawn('ls', ['-l', file]);
  let out = '';
  ls.stdout.setEncoding('utf8');
  ls.stdout.on('data', (chunk) => { out += chunk; });
  ls.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.match(out, /target\.txt\n$/);
    assert.match(out, /^-rw/);
    fs.rmSync(dir, { recursive: true });
  });
});
setTimeout(() => fs.writeFileSync(file, 'two'), 50);
