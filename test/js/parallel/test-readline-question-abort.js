'use strict';
// An AbortSignal cancels a callback question: the callback never runs, the
// prompt is restored and the next line goes to 'line'. A pre-aborted signal
// does nothing.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: false });
const ac = new AbortController();
rl.question('q? ', { signal: ac.signal }, common.mustNotCall());
assert.strictEqual(rl.getPrompt(), 'q? ');
ac.abort();
assert.strictEqual(rl.getPrompt(), '> ');
rl.question('pre ', { signal: AbortSignal.abort() }, common.mustNotCall());
assert.strictEqual(rl.getPrompt(), '> ');
assert.throws(() => rl.question('bad', { signal: 'nope' }, () => {}),
              { code: 'ERR_INVALID_ARG_TYPE' });
rl.on('line', common.mustCall((line) => {
  assert.strictEqual(line, 'free');
  rl.close();
}));
input.write('free\n');
