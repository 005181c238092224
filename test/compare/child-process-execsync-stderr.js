'use strict';
// execSync/execFileSync with default stdio pass the child's stderr on to
// this process' stderr; with stdio 'pipe' they keep it.
const { execSync, execFileSync } = require('child_process');

const out = execSync('echo to-stdout; echo to-stderr >&2');
console.log('returned:', JSON.stringify(out.toString()));
const quiet = execSync('echo kept >&2', { stdio: 'pipe' });
console.log('quiet returned:', JSON.stringify(quiet.toString()));
try {
  execFileSync('sh', ['-c', 'echo failing >&2; exit 4']);
} catch (e) {
  console.log('threw:', JSON.stringify(e.message), e.status, JSON.stringify(e.stderr.toString()));
}
const enc = execFileSync('printf', ['%s', 'abc'], { encoding: 'utf8' });
console.log('encoded:', enc);
