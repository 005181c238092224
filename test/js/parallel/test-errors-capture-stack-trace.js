'use strict';
// Error.captureStackTrace installs a V8-format `stack` on any object and cuts
// the frames above the given function.
const assert = require('assert');

function inner(obj, cut) { Error.captureStackTrace(obj, cut); }
function middle(obj, cut) { inner(obj, cut); }
function outer(obj, cut) { middle(obj, cut); }

const plain = { name: 'Thing', message: 'went wrong' };
outer(plain);
const lines = plain.stack.split('\n');
assert.strictEqual(lines[0], 'Thing: went wrong');
assert.match(lines[1], /^    at inner \(.*test-errors-capture-stack-trace\.js:6:\d+\)$/);
assert.match(lines[2], /^    at middle \(/);
assert.match(lines[3], /^    at outer \(/);

const cut = {};
outer(cut, middle);
const cutLines = cut.stack.split('\n');
assert.strictEqual(cutLines[0], 'Error');
assert.match(cutLines[1], /^    at outer \(/);

assert.throws(() => Error.captureStackTrace(1), TypeError);
const desc = Object.getOwnPropertyDescriptor(cut, 'stack');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);
cut.stack = 'replaced';
assert.strictEqual(cut.stack, 'replaced');
