'use strict';
// Terminal line editing on a fake TTY: insertion, cursor moves, deletions
// and kill/yank, checked against the bytes node writes.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

const input = new PassThrough();
input.isTTY = true;
const output = new EventEmitter();
output.isTTY = true;
output.columns = 80;
let chunks = [];
output.write = (data) => { chunks.push(data); return true; };
const rl = readline.createInterface({ input, output, prompt: '> ' });
assert.strictEqual(rl.terminal, true);

function keys(...seq) {
  chunks = [];
  for (const k of seq) input.write(k);
  return chunks;
}
const redraw = (text, col) => ['\x1b[1G', '\x1b[0J', text, `\x1b[${col}G`];

assert.deepStrictEqual(keys('a', 'b', 'c'), ['a', 'b', 'c']);
assert.deepStrictEqual(keys('\x1b[D'), ['\x1b[1D']);
assert.deepStrictEqual(keys('X'), redraw('> abXc', 6));
assert.deepStrictEqual(keys('\x01'), ['\x1b[3D']);
assert.deepStrictEqual(keys('\x05'), ['\x1b[4C']);
assert.deepStrictEqual(keys('\x7f'), redraw('> abX', 6));
assert.deepStrictEqual(keys('\x02', '\x02'), ['\x1b[1D', '\x1b[1D']);
assert.deepStrictEqual(keys('\x06'), ['\x1b[1C']);
assert.deepStrictEqual(keys('\x04'), redraw('> ab', 5));
assert.deepStrictEqual(keys('\x02'), ['\x1b[1D']);
assert.deepStrictEqual(keys('\x0b'), redraw('> a', 4));
assert.deepStrictEqual(keys('\x19'), ['b']);
assert.strictEqual(rl.line, 'ab');
assert.deepStrictEqual(keys('\x15'), redraw('> ', 3));
assert.deepStrictEqual(keys(' ', 'f', 'o', 'o'), [' ', 'f', 'o', 'o']);
assert.deepStrictEqual(keys('\x17'), redraw('>  ', 4));
assert.deepStrictEqual(keys('\x1b[H'), ['\x1b[1D']);
assert.deepStrictEqual(keys('\x1b[3~'), redraw('> ', 3));
assert.strictEqual(rl.line, '');
assert.deepStrictEqual(keys('h', 'i', '\r'), ['h', 'i', '\r\n']);
assert.deepStrictEqual(keys('\x1b[A'), redraw('> hi', 5));
assert.deepStrictEqual(keys('\x1b[B'), redraw('> ', 3));
rl.close();
