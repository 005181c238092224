// Reading and writing every number type at every width and byte order,
// with boundary values; output is hex plus the values read back.
'use strict';
const b = Buffer.alloc(16);
const rows = [];
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  const min = -(2 ** (8 * n - 1));
  for (const v of [0, 1, max, Math.floor(max / 7)]) {
    b.fill(0);
    b.writeUIntLE(v, 1, n);
    b.writeUIntBE(v, 8, n);
    rows.push(`u${n} ${v} ${b.toString('hex')} ${b.readUIntLE(1, n)} ${b.readUIntBE(8, n)}`);
  }
  for (const v of [min, -1, -min - 1]) {
    b.fill(0);
    b.writeIntLE(v, 0, n);
    b.writeIntBE(v, 8, n);
    rows.push(`i${n} ${v} ${b.toString('hex')} ${b.readIntLE(0, n)} ${b.readIntBE(8, n)}`);
  }
}
for (const v of [0, -0, 1.5, -1e-300, 3.4e38, 1e39, NaN, Infinity, Math.PI]) {
  b.fill(0);
  b.writeFloatLE(v, 0);
  b.writeFloatBE(v, 4);
  b.writeDoubleLE(v, 8);
  rows.push(`f ${v} ${b.toString('hex')} ${b.readFloatLE(0)} ${b.readFloatBE(4)} ${b.readDoubleLE(8)}`);
  b.writeDoubleBE(v, 8);
  rows.push(`d ${b.toString('hex', 8)} ${b.readDoubleBE(8)}`);
}
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n)]) {
  b.writeBigInt64LE(v, 0);
  b.writeBigInt64BE(v, 8);
  rows.push(`b ${v} ${b.toString('hex')} ${b.readBigInt64LE(0)} ${b.readBigUInt64BE(8)}`);
}
console.log(rows.join('\n'));
