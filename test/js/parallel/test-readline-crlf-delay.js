'use strict';
// A \r that ends a chunk is a line end at once; a \n starting the next chunk
// within crlfDelay belongs to it, a later one is an empty line. crlfDelay
// is at least 100ms.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

assert.strictEqual(readline.createInterface({ input: new PassThrough() }).crlfDelay, 100);
assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 10 }).crlfDelay, 100);
assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 250 }).crlfDelay, 250);

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: 100 });
const lines = [];
rl.on('line', (line) => lines.push(line));
input.write('one\r');
input.write('\ntwo\r');
assert.deepStrictEqual(lines, ['one', 'two']);
setTimeout(common.mustCall(() => {
  input.write('\nthree\n');
  assert.deepStrictEqual(lines, ['one', 'two', '', 'three']);
  rl.close();
  process.exit(0);
}), 200);
