'use strict';
// --env-file sets the file's variables before the program runs (not the ones
// the environment already has; `--env-file x` and `--env-file=x`, more than
// one file); a missing file ends the process with exit code 9.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const file = path.join(__dirname, '..', '..', 'fixtures', 'dotenv', 'sample.env');
const env = { ...process.env, BASIC: 'from the environment' };
const script = 'console.log([process.env.BASIC, process.env.SINGLE, process.env.DUP].join("|"))';
for (const flags of [[`--env-file=${file}`], ['--env-file', file],
  [`--env-file=${file}`, `--env-file=${file}`]]) {
  const r = spawnSync(process.execPath, [...flags, '-e', script], { env, encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'from the environment|single # not comment|second\n');
}
const missing = spawnSync(process.execPath, ['--env-file=no-such.env', '-e', 'console.log(1)'],
                          { encoding: 'utf8' });
assert.strictEqual(missing.status, 9);
assert.strictEqual(missing.stdout, '');
assert.match(missing.stderr, /: no-such\.env: not found\n$/);
