'use strict';
// Built-ins eddy does not have yet still resolve as built-ins: requiring one
// either works (node) or throws ERR_NOT_IMPLEMENTED naming the module, never
// MODULE_NOT_FOUND, so feature detection with try/catch works.
const assert = require('assert');
const common = require('../../common');

const names = [
  'cluster', 'domain', 'http2', 'https', 'inspector', 'inspector/promises',
  'repl', 'tls', '_tls_common', '_tls_wrap', 'trace_events', 'wasi',
  'worker_threads', '_stream_wrap',
];
for (const name of names) {
  for (const spec of [name, `node:${name}`]) {
    let mod;
    try {
      mod = require(spec);
    } catch (err) {
      assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED', spec);
      assert.strictEqual(err.message, `node:${name} is not implemented in eddy yet`);
      assert(common.isEddy, `${spec} threw under node`);
      continue;
    }
    assert(typeof mod === 'object' || typeof mod === 'function', spec);
  }
}
// Requiring twice throws twice (nothing half-loaded is cached).
// (tls, https, _tls_common and _tls_wrap load now; use one that still throws.)
if (common.isEddy) {
  const missing = names.find((name) => {
    try {
      require(name);
      return false;
    } catch {
      return true;
    }
  });
  if (missing !== undefined) {
    assert.throws(() => require(missing), { code: 'ERR_NOT_IMPLEMENTED' });
    assert.throws(() => require(missing), { code: 'ERR_NOT_IMPLEMENTED' });
  }
}
