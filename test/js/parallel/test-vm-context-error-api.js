'use strict';
// Inside a vm context, Error has V8's stack API as in the main realm:
// captureStackTrace (cutting at the given function), stackTraceLimit,
// prepareStackTrace with CallSites, and V8-format `stack` text.
const assert = require('assert');
const vm = require('vm');

const mainPrepare = Error.prepareStackTrace;
const ctx = vm.createContext({});
const out = vm.runInContext(`
  const r = { type: typeof Error.captureStackTrace, limit: Error.stackTraceLimit };
  function inner() { const e = new Error('x'); Error.captureStackTrace(e, outer); return e; }
  function outer() { return inner(); }
  function top() { return outer(); }
  r.lines = top().stack.split('\\n').slice(0, 2);
  r.plain = new TypeError('t').stack.split('\\n')[0];
  Error.prepareStackTrace = (err, sites) => sites.map((s) => s.getFunctionName()).join(',');
  function named() { return new Error('p').stack; }
  r.prepared = named().split(',')[0];
  Error.prepareStackTrace = undefined;
  Error.stackTraceLimit = 1;
  r.limited = top().stack.split('\\n').length;
  r;
`, ctx, { filename: 'ctx.js' });
assert.strictEqual(out.type, 'function');
assert.strictEqual(out.limit, 10);
// (Arrays from the context have its Array.prototype: compare the text.)
assert.strictEqual(out.lines.join('\n'), 'Error: x\n    at top (ctx.js:5:27)');
assert.strictEqual(out.plain, 'TypeError: t');
assert.strictEqual(out.prepared, 'named');
assert.strictEqual(out.limited, 2);
// The main realm's settings are untouched.
assert.strictEqual(Error.stackTraceLimit, 10);
assert.strictEqual(Error.prepareStackTrace, mainPrepare);
