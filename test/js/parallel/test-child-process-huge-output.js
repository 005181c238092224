'use strict';
// 20 MiB through a child's stdout pipe arrive intact and in order, and 20
// MiB written to a child's stdin come back through `cat`.
const common = require('../../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const SIZE = 20 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);
const digest = crypto.createHash('sha256').update(data).digest('hex');

const child = spawn('cat');
const chunks = [];
let length = 0;
child.stdout.on('data', (chunk) => {
  chunks.push(chunk);
  length += chunk.length;
});
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(length, SIZE);
  const out = Buffer.concat(chunks);
  assert.strictEqual(crypto.createHash('sha256').update(out).digest('hex'), digest);
}));
child.stdin.end(data);

// A producer the parent does not feed: head of /dev/zero.
const zero = spawn('head', ['-c', String(SIZE), '/dev/zero']);
let zeroLength = 0;
let nonZero = false;
zero.stdout.on('data', (chunk) => {
  zeroLength += chunk.length;
  if (chunk.some((b) => b !== 0)) nonZero = true;
});
zero.on('close', common.mustCall(() => {
  assert.strictEqual(zeroLength, SIZE);
  assert.strictEqual(nonZero, false);
}));
