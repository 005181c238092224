'use strict';
// A stream as a stdio entry: one child's stdout socket becomes the next
// child's stdin (a shell-style pipeline), and an extra pipe at fd 3 is a
// duplex Socket in child.stdio[3].
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const producer = spawn('sh', ['-c', 'echo one; echo two; echo three']);
const consumer = spawn('sort', ['-r'], { stdio: [producer.stdout, 'pipe', 'inherit'] });
assert.strictEqual(consumer.stdin, null);
let sorted = '';
consumer.stdout.setEncoding('utf8');
consumer.stdout.on('data', (d) => { sorted += d; });
consumer.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(sorted, 'two\nthree\none\n');
}));
producer.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const extra = spawn('sh', ['-c', 'echo via-fd3 >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
assert.strictEqual(extra.stdio.length, 4);
assert.strictEqual(extra.stdout, null);
let fd3 = '';
extra.stdio[3].on('data', (d) => { fd3 += d; });
extra.on('close', common.mustCall(() => assert.strictEqual(fd3, 'via-fd3\n')));
