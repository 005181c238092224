'use strict';
// pipeline() with functions: a generator as the source, async generators as
// transforms, an async function as the destination whose result is the
// callback's value; a throwing transform fails the pipeline.
const assert = require('node:assert');
const { Readable, PassThrough, pipeline } = require('node:stream');
const common = require('../../common');

pipeline(
  function* () { yield 1; yield 2; yield 3; },
  async function* (source) {
    for await (const x of source) yield x * 10;
  },
  async function(source) {
    let sum = 0;
    for await (const x of source) sum += x;
    return sum;
  },
  common.mustCall((err, value) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(value, 60);
  }));

// A generator transform between node streams; the source function gets a
// signal.
const collected = [];
pipeline(
  ({ signal }) => {
    assert.ok(signal instanceof AbortSignal);
    return ['x', 'y'];
  },
  async function* (source) {
    for await (const c of source) yield `${c}!`;
  },
  new PassThrough({ objectMode: true }).on('data', (d) => collected.push(d)),
  common.mustCall((err) => {
    assert.ifError(err);
    assert.deepStrictEqual(collected, ['x!', 'y!']);
  }));

const src = Readable.from([1, 2, 3]);
pipeline(
  src,
  async function* (source) {
    for await (const x of source) {
      if (x === 2) throw new Error('gen failed');
      yield x;
    }
  },
  new PassThrough({ objectMode: true }).resume(),
  common.mustCall((err) => {
    assert.strictEqual(err.message, 'gen failed');
    assert.strictEqual(src.destroyed, true);
  }));

assert.throws(() => pipeline(() => 5, new PassThrough(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
});
