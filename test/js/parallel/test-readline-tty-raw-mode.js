'use strict';
// Terminal interfaces switch the input to raw mode (when it can) on creation
// and back on close; non-terminal ones leave it alone.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
input.isTTY = true;
const calls = [];
input.setRawMode = (mode) => { calls.push(mode); input.isRaw = mode; };
const rl = readline.createInterface({ input, terminal: true });
assert.deepStrictEqual(calls, [true]);
rl.on('close', common.mustCall(() => assert.deepStrictEqual(calls, [true, false])));
rl.close();
rl.close();
assert.deepStrictEqual(calls, [true, false]);

const plain = readline.createInterface({ input, terminal: false });
plain.close();
assert.deepStrictEqual(calls, [true, false]);

// An input without setRawMode works in terminal mode too.
const bare = readline.createInterface({ input: new PassThrough(), terminal: true });
bare.close();
