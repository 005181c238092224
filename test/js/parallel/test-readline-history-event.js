'use strict';
// Terminal mode: each entered line is added to the front of rl.history and
// a 'history' event carries the list, which listeners may edit. Blank lines are not recorded.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true, history: ['old'] });
const events = [];
rl.on('history', (history) => {
  events.push([...history]);
  if (history[0] === 'secret') history[0] = '***';
});
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.write('first\r');
rl.write('   \r');
rl.write('\r');
rl.write('secret\r');
rl.write('first\r');
rl.write('first\r');
assert.deepStrictEqual(events, [
  ['first', 'old'],
  ['secret', 'first', 'old'],
  ['first', '***', 'first', 'old'],
  ['first', '***', 'first', 'old'],
]);
// The line is taken from the list before the event, so edits only change
// the stored history.
assert.deepStrictEqual(lines, ['first', '   ', '', 'secret', 'first', 'first']);
assert.deepStrictEqual(rl.history, ['first', '***', 'first', 'old']);
rl.on('close', common.mustCall());
rl.close();
