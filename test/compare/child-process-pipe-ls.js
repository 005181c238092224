'use strict';
// A child's stdout piped into this process' stdout: `ls` of a fresh
// directory, then a line of our own once the child closed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-cmp-cp-'));
for (const name of ['alpha.txt', 'beta.js', 'gamma', 'delta.json']) {
  fs.writeFileSync(path.join(dir, name), name);
}
fs.mkdirSync(path.join(dir, 'sub'));

const ls = spawn('ls', ['-1'], { cwd: dir, env: { PATH: process.env.PATH, LC_ALL: 'C' } });
ls.stdout.pipe(process.stdout);
ls.on('close', (code) => {
  console.log('ls exited with', code);
  fs.rmSync(dir, { recursive: true, force: true });
});
