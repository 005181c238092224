'use strict';
// fork() with serialization 'advanced': Map, Set, Date, RegExp, BigInt,
// typed arrays, Buffers and Errors survive the trip; functions cannot be
// sent.
const common = require('../../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.once('message', (m) => {
    process.send({ echo: m, isBuffer: Buffer.isBuffer(m.buf) });
  });
  return;
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const message = {
  map: new Map([[1, { x: 'y' }]]),
  set: new Set(['a', 'b']),
  date: new Date(86400000),
  re: /ab+c/gi,
  big: 12345678901234567890n,
  u16: new Uint16Array([1, 65535]),
  buf: Buffer.from('bytes'),
  list: [undefined, null, NaN, -0, Infinity],
  err: new RangeError('out of range'),
};
child.on('message', common.mustCall(({ echo, isBuffer }) => {
  assert.strictEqual(isBuffer, true);
  assert.deepStrictEqual(echo.map, message.map);
  assert.deepStrictEqual(echo.set, message.set);
  assert.strictEqual(echo.date.getTime(), 86400000);
  assert.strictEqual(echo.re.source, 'ab+c');
  assert.strictEqual(echo.re.flags, 'gi');
  assert.strictEqual(echo.big, message.big);
  assert.ok(echo.u16 instanceof Uint16Array);
  assert.deepStrictEqual([...echo.u16], [1, 65535]);
  assert.ok(Buffer.isBuffer(echo.buf));
  assert.strictEqual(echo.buf.toString(), 'bytes');
  assert.ok(Object.is(echo.list[3], -0));
  assert.strictEqual(echo.list[0], undefined);
  assert.ok(Number.isNaN(echo.list[2]));
  assert.ok(echo.err instanceof RangeError);
  assert.strictEqual(echo.err.message, 'out of range');
  child.disconnect();
}));
child.send(message);
assert.throws(() => child.send({ f() {} }), /could not be cloned/);
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
