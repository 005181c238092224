'use strict';
// rl.question(query, cb): writes the query, hands the next line to cb (not
// to 'line'), restores the prompt, and throws ERR_USE_AFTER_CLOSE once
// closed. util.promisify(rl.question) resolves with the answer.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const util = require('util');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: false, prompt: 'P> ' });
rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'after')));

rl.question('Name? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'Grace');
  assert.strictEqual(rl.getPrompt(), 'P> ');
  setImmediate(common.mustCall(next));
}));
assert.strictEqual(rl.getPrompt(), 'Name? ');
input.write('Grace\n');

async function next() {
  input.write('after\n');
  const p = util.promisify(rl.question).call(rl, 'Again? ');
  input.write('yes\n');
  assert.strictEqual(await p, 'yes');
  assert.strictEqual(out, 'Name? Again? ');
  rl.close();
  assert.throws(() => rl.question('x', () => {}), {
    code: 'ERR_USE_AFTER_CLOSE',
    message: 'readline was closed',
  });
}
