'use strict';
// Terminal mode: Ctrl+C emits 'SIGINT' when someone listens and closes the
// interface otherwise; Ctrl+D closes on an empty line only; Ctrl+Z emits
// 'SIGTSTP' to a listener.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: true });
  rl.on('SIGINT', common.mustCall(2));
  rl.on('SIGTSTP', common.mustCall());
  rl.on('close', common.mustCall());
  input.write('\x03');
  input.write('abc\x03');
  input.write('\x1a');
  assert.strictEqual(rl.closed, undefined);
  input.write('\x04');
  assert.strictEqual(rl.line, 'abc');
  input.write('\x15\x04');
  assert.strictEqual(rl.closed, true);
}
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: true });
  rl.on('close', common.mustCall());
  input.write('\x03');
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(input.listenerCount('keypress'), 0);
}
