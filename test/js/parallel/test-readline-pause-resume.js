'use strict';
// pause()/resume() pause the input and emit 'pause'/'resume' once per state
// change and return the interface; prompt() and write() resume; close()
// pauses first.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: null });
const events = [];
for (const name of ['pause', 'resume', 'close']) rl.on(name, () => events.push(name));

assert.strictEqual(rl.paused, undefined);
assert.strictEqual(rl.pause(), rl);
assert.strictEqual(rl.paused, true);
assert.strictEqual(input.isPaused(), true);
assert.strictEqual(rl.pause(), undefined);
assert.strictEqual(rl.resume(), rl);
assert.strictEqual(rl.resume(), undefined);
assert.strictEqual(input.isPaused(), false);
rl.pause();
rl.prompt();
rl.pause();
rl.write('x\n');
rl.close();
rl.close();
assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume', 'pause', 'resume', 'pause', 'close']);
assert.strictEqual(rl.closed, true);
rl.on('line', common.mustNotCall());
