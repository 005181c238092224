'use strict';
// Typed arrays, DataViews and ArrayBuffers compare their bytes (loose mode
// compares float elements by value) and must be of the same kind.
const assert = require('node:assert');

function check(a, b, loose, strict) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (loose) assert.deepEqual(x, y); else assert.notDeepEqual(x, y);
    if (strict) assert.deepStrictEqual(x, y); else assert.notDeepStrictEqual(x, y);
  }
}

check(new Uint8Array([1, 2]), new Uint8Array([1, 2]), true, true);
check(new Uint8Array([1, 2]), new Uint8Array([1, 3]), false, false);
check(new Uint8Array(2), new Uint8Array(3), false, false);
check(new Uint8Array([1]), new Int8Array([1]), false, false);
check(new Uint8ClampedArray([1]), new Uint8Array([1]), false, false);
check(new Uint8Array([1]), [1], false, false);
check(new Uint8Array([0, 1, 2]).subarray(1), new Uint8Array([1, 2]), true, true);
check(new BigInt64Array([1n]), new BigInt64Array([1n]), true, true);
check(new Float32Array([1.5]), new Float32Array([1.5]), true, true);
// Loose float comparison is by value: NaN differs, -0 equals 0. Strict
// comparison is by bytes: the reverse.
check(new Float64Array([NaN]), new Float64Array([NaN]), false, true);
check(new Float64Array([0]), new Float64Array([-0]), true, false);

const named = new Uint8Array(2);
named.x = 1;
check(named, new Uint8Array(2), false, false);
const withSymbol = new Uint8Array(1);
withSymbol[Symbol('x')] = 1;
check(withSymbol, new Uint8Array(1), true, false);

check(new ArrayBuffer(2), new ArrayBuffer(2), true, true);
check(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer, false, false);
check(new ArrayBuffer(2), new SharedArrayBuffer(2), false, false);
check(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)), true, true);
check(new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer),
      false, false);
