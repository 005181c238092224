'use strict';
// When the input ends, the unterminated last line is emitted, then the
// interface pauses and closes and removes its input listeners.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const events = [];
rl.on('line', (line) => events.push('line:' + line));
rl.on('pause', () => events.push('pause'));
rl.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['line:done', 'line:partial', 'pause', 'close']);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(input.listenerCount('data'), 0);
    assert.strictEqual(input.listenerCount('end'), 0);
  }));
}));
input.write('done\npar');
input.end('tial');
