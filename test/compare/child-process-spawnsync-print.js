'use strict';
// spawnSync results as util.inspect shows them (pids removed), including
// failed spawns, timeouts, signals and encodings.
const { spawnSync } = require('child_process');

function show(label, r) {
  const copy = { ...r, pid: r.pid === 0 ? 0 : 'pid' };
  if (copy.error) {
    const { message, code, errno, syscall, path, spawnargs } = copy.error;
    copy.error = { message, code, errno, syscall, path, spawnargs };
  }
  console.log(label, copy);
}

show('ok', spawnSync('sh', ['-c', 'echo out; echo err >&2']));
show('status', spawnSync('sh', ['-c', 'exit 9']));
show('enoent', spawnSync('eddy-no-such-command', ['-x']));
show('timeout', spawnSync('sleep', ['5'], { timeout: 50 }));
show('signal', spawnSync('sh', ['-c', 'kill -HUP $$']));
show('utf8', spawnSync('cat', { input: 'héllo', encoding: 'utf8' }));
show('latin1', spawnSync('printf', ['\\351'], { encoding: 'latin1' }));
show('ignore', spawnSync('true', { stdio: 'ignore' }));
show('shell', spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' }));
