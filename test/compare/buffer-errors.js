// The errors Buffer APIs throw for bad arguments: name, code and message.
'use strict';
const { transcode } = require('node:buffer');
const b = Buffer.from('abcdefgh');
const cases = [
  () => Buffer.alloc(-1),
  () => Buffer.alloc('8'),
  () => Buffer.from(7),
  () => Buffer.from(new ArrayBuffer(4), 5),
  () => Buffer.from('x', 'nope'),
  () => Buffer.concat([b, 'x']),
  () => Buffer.compare(b, null),
  () => b.toString('nope'),
  () => b.write('x', 9),
  () => b.write(5),
  () => b.fill('zz', 'hex'),
  () => b.fill('a', 0, 9),
  () => b.indexOf(null),
  () => b.copy(b, -1),
  () => b.compare(b, 0, 9),
  () => b.readUInt32LE(5),
  () => b.readInt8(1.5),
  () => b.readUIntBE(0, 7),
  () => b.writeUInt16BE(70000),
  () => b.writeIntLE(2 ** 40, 0, 5),
  () => b.writeBigInt64LE(2n ** 63n),
  () => b.writeDoubleLE(1, 4),
  () => Buffer.alloc(2).readUInt32LE(),
  () => b.swap32().swap16().swap64().subarray(1).swap16(),
  () => b.utf8Write('x', -1),
  () => transcode(b, 'utf8', 'hex'),
  () => atob('abc*'),
  () => btoa('\u2603'),
  () => new Blob('x'),
];
for (const fn of cases) {
  try {
    console.log('no throw', fn());
  } catch (err) {
    console.log(`${err.name} ${err.code} ${err.message}`);
  }
}
