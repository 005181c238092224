'use strict';
// emitKeypressEvents decodes characters, control keys, meta keys, arrows,
// function keys and modified keys into (str, key) keypress events, also when
// a sequence is split across chunks; a lone ESC is reported after the
// escape timeout.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key]));

function decode(...chunks) {
  keys.length = 0;
  for (const chunk of chunks) input.write(chunk);
  return keys.map(([s, k]) => [s, k.name, k.ctrl, k.meta, k.shift, k.sequence]);
}

assert.deepStrictEqual(decode('aB.'), [
  ['a', 'a', false, false, false, 'a'],
  ['B', 'b', false, false, true, 'B'],
  ['.', undefined, false, false, false, '.'],
]);
assert.deepStrictEqual(decode('\x03\r\n\t\x7f\b '), [
  ['\x03', 'c', true, false, false, '\x03'],
  ['\r', 'return', false, false, false, '\r'],
  ['\n', 'enter', false, false, false, '\n'],
  ['\t', 'tab', false, false, false, '\t'],
  ['\x7f', 'backspace', false, false, false, '\x7f'],
  ['\b', 'backspace', false, false, false, '\b'],
  [' ', 'space', false, false, false, ' '],
]);
assert.deepStrictEqual(decode('\x1b[A\x1bOB\x1b[3~\x1b[1;5C\x1b[15~\x1bOP'), [
  [undefined, 'up', false, false, false, '\x1b[A'],
  [undefined, 'down', false, false, false, '\x1bOB'],
  [undefined, 'delete', false, false, false, '\x1b[3~'],
  [undefined, 'right', true, false, false, '\x1b[1;5C'],
  [undefined, 'f5', false, false, false, '\x1b[15~'],
  [undefined, 'f1', false, false, false, '\x1bOP'],
]);
assert.deepStrictEqual(decode('\x1bb\x1b[1;3D\x1b[Z'), [
  [undefined, 'b', false, true, false, '\x1bb'],
  [undefined, 'left', false, true, false, '\x1b[1;3D'],
  [undefined, 'tab', false, false, true, '\x1b[Z'],
]);
assert.deepStrictEqual(decode('\x1b[', '2', '4~'), [
  [undefined, 'f12', false, false, false, '\x1b[24~'],
]);
assert.strictEqual(keys[0][1].code, '[24~');

decode('\x1b');
assert.deepStrictEqual(keys, []);
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(keys.map(([s, k]) => [s, k.name, k.meta, k.sequence]),
                         [[undefined, 'escape', true, '\x1b']]);
}), 600);
