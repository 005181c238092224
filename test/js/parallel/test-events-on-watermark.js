'use strict';
// events.on() high/low watermarks pause and resume the emitter.
const assert = require('node:assert');
const { on, EventEmitter } = require('node:events');

const kWatermarkData = Symbol.for('nodejs.watermarkData');

async function main() {
  const ee = new EventEmitter();
  const calls = [];
  ee.pause = () => calls.push('pause');
  ee.resume = () => calls.push('resume');

  const it = on(ee, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it[kWatermarkData];
  assert.strictEqual(wm.high, 2);
  assert.strictEqual(wm.low, 1);
  assert.strictEqual(wm.size, 0);
  assert.strictEqual(wm.isPaused, false);

  ee.emit('d', 1);
  ee.emit('d', 2);
  assert.deepStrictEqual(calls, []);
  ee.emit('d', 3);
  assert.deepStrictEqual(calls, ['pause']);
  assert.strictEqual(wm.size, 3);
  assert.strictEqual(wm.isPaused, true);
  ee.emit('d', 4);
  assert.deepStrictEqual(calls, ['pause']);

  await it.next();
  await it.next();
  await it.next();
  assert.strictEqual(wm.size, 1);
  assert.deepStrictEqual(calls, ['pause']);
  assert.deepStrictEqual(await it.next(), { value: [4], done: false });
  assert.strictEqual(wm.size, 0);
  assert.strictEqual(wm.isPaused, false);
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await it.return();

  // The older lowercase-m spellings are accepted too.
  const it2 = on(ee, 'd', { highWatermark: 5, lowWatermark: 3 });
  assert.strictEqual(it2[kWatermarkData].high, 5);
  assert.strictEqual(it2[kWatermarkData].low, 3);
  await it2.return();

  // Defaults.
  const it3 = on(ee, 'd');
  assert.strictEqual(it3[kWatermarkData].high, Number.MAX_SAFE_INTEGER);
  assert.strictEqual(it3[kWatermarkData].low, 1);
  await it3.return();

  assert.throws(() => on(ee, 'd', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "options.highWaterMark" is out of range. ' +
      'It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => on(ee, 'd', { lowWaterMark: 1.5 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.lowWaterMark" is out of range. ' +
      'It must be an integer. Received 1.5',
  });
  assert.throws(() => on(ee, 'd', { highWaterMark: '2' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.highWaterMark" property must be of type number. ' +
      "Received type string ('2')",
  });
  assert.strictEqual(ee.listenerCount('d'), 0);
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
