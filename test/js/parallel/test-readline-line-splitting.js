'use strict';
// readline splits non-terminal input on \n, \r\n and lone \r, across chunk
// boundaries, and emits an unterminated last line when the input ends.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
assert.strictEqual(rl.terminal, false);
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['a', 'b', 'c', 'de', 'f', 'g😀', 'tail']);
}));
// The \n right after 'c\r' (within crlfDelay) is part of that line end.
input.write('a\nb\r\nc\r');
input.write('\nd');
input.write('e\rf\n');
const emoji = Buffer.from('g😀\n');
input.write(emoji.subarray(0, 3));
input.write(emoji.subarray(3));
input.end('tail');
