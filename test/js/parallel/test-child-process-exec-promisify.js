'use strict';
// util.promisify(exec) and (execFile) resolve { stdout, stderr }, reject
// with stdout/stderr on the error, and expose the child as promise.child.
const common = require('../../common');
const assert = require('node:assert');
const util = require('node:util');
const { exec, execFile } = require('node:child_process');

const pexec = util.promisify(exec);
const pexecFile = util.promisify(execFile);

(async () => {
  const p = pexec('echo out; echo err >&2');
  assert.ok(p.child.pid > 0);
  assert.deepStrictEqual(await p, { stdout: 'out\n', stderr: 'err\n' });
  assert.deepStrictEqual(await pexecFile('echo', ['a']), { stdout: 'a\n', stderr: '' });
  await assert.rejects(pexec('echo partial; exit 5'), (err) => {
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.stdout, 'partial\n');
    assert.strictEqual(err.stderr, '');
    return true;
  });
})().then(common.mustCall());
