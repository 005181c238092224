'use strict';
const assert = require('assert');

function depth(n) { return n === 0 ? new Error('deep') : depth(n - 1); }

assert.strictEqual(Error.stackTraceLimit, 10);
const frames = (e) => e.stack.split('\n').filter((l) => l.startsWith('    at ')).length;
assert.strictEqual(frames(depth(30)), 10);
Error.stackTraceLimit = 3;
assert.strictEqual(frames(depth(30)), 3);
Error.stackTraceLimit = 0;
assert.strictEqual(depth(5).stack, 'Error: deep');
Error.stackTraceLimit = 10;

// Subclass constructors are not part of the trace, as in V8.
class MyError extends Error {}
function make() { return new MyError('sub'); }
const lines = make().stack.split('\n');
assert.strictEqual(lines[0], 'Error: sub');
assert.match(lines[1], /^    at make \(/);
