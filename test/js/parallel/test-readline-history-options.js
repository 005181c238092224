'use strict';
// history options: historySize caps the list (0 disables it),
// removeHistoryDuplicates drops older copies, up/down walk the history, and
// bad values throw node's errors.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function make(options) {
  return readline.createInterface({ input: new PassThrough(), terminal: true, ...options });
}

const small = make({ historySize: 2 });
assert.strictEqual(small.historySize, 2);
for (const l of ['a', 'b', 'c']) small.write(l + '\r');
assert.deepStrictEqual(small.history, ['c', 'b']);
small.close();

const none = make({ historySize: 0 });
none.write('x\r');
assert.deepStrictEqual(none.history, []);
none.close();

const dedupe = make({ removeHistoryDuplicates: true });
for (const l of ['a', 'b', 'a', 'c', 'b']) dedupe.write(l + '\r');
assert.deepStrictEqual(dedupe.history, ['b', 'c', 'a']);
assert.strictEqual(make({}).historySize, 30);

// Walking the history with up/down; typed text filters by prefix.
const walk = make({ history: ['beta', 'alpha', 'bravo'] });
walk.write(null, { name: 'up' });
assert.strictEqual(walk.line, 'beta');
walk.write(null, { name: 'up' });
assert.strictEqual(walk.line, 'alpha');
walk.write(null, { name: 'down' });
assert.strictEqual(walk.line, 'beta');
walk.write(null, { name: 'down' });
assert.strictEqual(walk.line, '');
walk.write('b');
walk.write(null, { name: 'up' });
assert.strictEqual(walk.line, 'beta');
walk.write(null, { name: 'up' });
assert.strictEqual(walk.line, 'bravo');
walk.close();

assert.throws(() => make({ history: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => make({ historySize: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => make({ historySize: 'big' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => make({ tabSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => make({ escapeCodeTimeout: Infinity }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'input.escapeCodeTimeout' is invalid. Received 500",
});
assert.throws(() => make({ completer: 42 }), { code: 'ERR_INVALID_ARG_VALUE' });
