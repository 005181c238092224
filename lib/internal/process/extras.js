// eddy: the smaller process APIs of node 20, loaded on first call
// (lib/internal/process/per_thread.js defines the process methods).
'use strict';

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function getBuiltinModule(id) {
  require('internal/validators').validateString(id, 'id');
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  const { isBuiltin } = require('internal/modules/cjs/loader');
  return isBuiltin(`node:${bare}`) && (id.startsWith('node:') || isBuiltin(bare)) ?
    require(`node:${bare}`) : undefined;
}

// The cgroup memory limit in bytes (v2, else v1), or 2**64 - 1 when there
// is none, as node 20's libuv reports it.
function cgroupLimit() {
  const fs = require('fs');
  for (const file of ['/sys/fs/cgroup/memory.max',
    '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    let text;
    try {
      text = fs.readFileSync(file, 'latin1').trim();
    } catch {
      continue;
    }
    const n = Number(text);
    if (text !== 'max' && Number.isFinite(n) && n > 0 && n < 2 ** 62) return n;
    return 2 ** 64 - 1;
  }
  return 2 ** 64 - 1;
}

function constrainedMemory() {
  return cgroupLimit();
}

function availableMemory() {
  let free = require('os').freemem();
  try {
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(require('fs').readFileSync('/proc/meminfo',
                                                                           'latin1'));
    if (m) free = Number(m[1]) * 1024;
  } catch {
    // os.freemem() stands.
  }
  const limit = cgroupLimit();
  if (limit < 2 ** 62) {
    let used = 0;
    for (const file of ['/sys/fs/cgroup/memory.current',
      '/sys/fs/cgroup/memory/memory.usage_in_bytes']) {
      try {
        used = Number(require('fs').readFileSync(file, 'latin1').trim()) || 0;
        break;
      } catch {
        // Try the v1 file.
      }
    }
    free = Math.min(free, Math.max(limit - used, 0));
  }
  return free;
}

let assertWarned = false;
function assert(value, message) {
  if (!assertWarned) {
    assertWarned = true;
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module ' +
                        'instead.', 'DeprecationWarning', 'DEP0100');
  }
  if (!value) {
    const err = new Error(message === undefined ? 'assertion error' : message);
    err.code = 'ERR_ASSERTION';
    throw err;
  }
}

function openStdin() {
  process.stdin.resume();
  return process.stdin;
}

function setSourceMapsEnabled(val) {
  require('internal/validators').validateBoolean(val, 'val');
  if (val) throw new ERR_NOT_IMPLEMENTED('process.setSourceMapsEnabled(true) (source maps)');
}

module.exports = {
  getBuiltinModule,
  constrainedMemory,
  availableMemory,
  assert,
  openStdin,
  setSourceMapsEnabled,
};
