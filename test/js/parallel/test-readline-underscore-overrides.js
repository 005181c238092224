'use strict';
// node:readline keeps the old underscore API: overriding rl._writeToOutput
// (e.g. to mask a password) changes what is written; _line_buffer, _prompt
// and _questionCallback read the internal state.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

const input = new PassThrough();
input.isTTY = true;
const output = new EventEmitter();
output.isTTY = true;
output.columns = 80;
const chunks = [];
output.write = (d) => { chunks.push(d); return true; };
const rl = readline.createInterface({ input, output });
for (const name of ['_ttyWrite', '_refreshLine', '_insertString', '_writeToOutput',
                    '_getCursorPos', '_getDisplayPos', '_moveCursor', '_line']) {
  assert.strictEqual(typeof rl[name], 'function', name);
}
rl.question('Password: ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'hunter2');
  assert.strictEqual(rl._questionCallback, null);
  assert.ok(!chunks.join('').includes('hunter2'));
  rl.close();
}));
assert.strictEqual(typeof rl._questionCallback, 'function');
assert.strictEqual(rl._prompt, 'Password: ');
rl._writeToOutput = function(text) {
  const control = text.startsWith('\x1b') || text === '\r\n';
  output.write(control ? text : '*'.repeat(text.length));
};
input.write('hunter2\r');

const plain = readline.createInterface({ input: new PassThrough() });
plain.write('partial');
assert.strictEqual(plain._line_buffer, 'partial');
plain.close();
