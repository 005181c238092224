'use strict';
// Error.prepareStackTrace receives CallSite objects (the "who called me"
// pattern used by depd and callsites).
const assert = require('assert');

function callers() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, callers);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  return sites;
}

function namedCaller() { return callers(); }
const sites = namedCaller();
assert.ok(Array.isArray(sites));
const first = sites[0];
assert.strictEqual(first.getFunctionName(), 'namedCaller');
assert.strictEqual(first.getFileName(), __filename);
assert.strictEqual(first.getLineNumber(), 16);
assert.strictEqual(typeof first.getColumnNumber(), 'number');
assert.strictEqual(first.isNative(), false);
assert.strictEqual(first.isEval(), false);
assert.strictEqual(typeof first.isToplevel(), 'boolean');
assert.strictEqual(typeof first.isConstructor(), 'boolean');
assert.strictEqual(typeof first.getTypeName(), first.getTypeName() === null ? 'object' : 'string');
assert.strictEqual(first.getMethodName() === null || typeof first.getMethodName() === 'string', true);
assert.match(String(first), /^namedCaller \(.*:16:\d+\)$/);

// The module's top-level frame reads as V8 prints it.
assert.match(String(sites[1]), /^Object\.<anonymous> \(.*test-errors-prepare-stack-trace\.js:17:\d+\)$/);

// prepareStackTrace also formats ordinary errors, with the error itself.
Error.prepareStackTrace = (err, s) => `custom:${err.message}:${s.length > 0}`;
const e = new Error('boom');
assert.strictEqual(e.stack, 'custom:boom:true');
Error.prepareStackTrace = undefined;
assert.match(new Error('plain').stack, /^Error: plain\n    at /);
