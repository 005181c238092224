'use strict';
// for await (const line of rl) yields every line, queues lines that arrive
// while the loop body waits, and ends when the interface closes.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

async function main() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  assert.strictEqual(rl[Symbol.asyncIterator](), rl[Symbol.asyncIterator]());
  setTimeout(() => {
    input.write('first\nsecond\n');
    input.write('third\r\n');
    input.end('last');
  }, 1);
  const seen = [];
  for await (const line of rl) {
    seen.push(line);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  assert.deepStrictEqual(seen, ['first', 'second', 'third', 'last']);
  assert.strictEqual(rl.closed, true);
}
main().then(common.mustCall());
