'use strict';
// readline/promises: question() returns a promise of the answer; an aborted
// signal rejects it with an AbortError carrying the reason.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline/promises');
const { PassThrough } = require('stream');

async function main() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: false });
  assert.ok(rl instanceof readline.Interface);
  const p = rl.question('Colour? ');
  input.write('blue\n');
  assert.strictEqual(await p, 'blue');

  const ac = new AbortController();
  const pending = rl.question('Abort? ', { signal: ac.signal });
  ac.abort('changed my mind');
  await assert.rejects(pending, { name: 'AbortError', cause: 'changed my mind' });
  await assert.rejects(rl.question('x', { signal: AbortSignal.abort('early') }),
                       { name: 'AbortError', cause: 'early' });
  rl.close();
  await assert.rejects(rl.question('closed?'), { code: 'ERR_USE_AFTER_CLOSE' });
}
main().then(common.mustCall());
