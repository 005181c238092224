'use strict';
// Web Crypto: the lazy `crypto` global is require('crypto').webcrypto;
// getRandomValues (integer typed arrays only, at most 65536 bytes, `this`
// checked), randomUUID, the Crypto/SubtleCrypto classes.
const assert = require('node:assert');
const nodeCrypto = require('node:crypto');

assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
assert.strictEqual(nodeCrypto.subtle, crypto.subtle);
assert.strictEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
assert.ok(crypto instanceof Crypto);
assert.ok(crypto.subtle instanceof SubtleCrypto);
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.throws(() => new SubtleCrypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.deepStrictEqual(Object.keys(Object.getPrototypeOf(crypto)),
                       ['subtle', 'getRandomValues', 'randomUUID']);

for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new Ctor(8);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.strictEqual(nodeCrypto.getRandomValues(new Ctor(4)).length, 4);
}
assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
assert.strictEqual(crypto.getRandomValues(new Uint8Array(0)).length, 0);

for (const bad of [new Float32Array(2), new Float64Array(2), new DataView(new ArrayBuffer(2)),
  new ArrayBuffer(2), 1, 'x', null]) {
  assert.throws(() => crypto.getRandomValues(bad), (err) => {
    assert.strictEqual(err.name, 'TypeMismatchError');
    assert.strictEqual(err.code, 17);
    assert.strictEqual(err.message, 'The data argument must be an integer-type TypedArray');
    assert.ok(err instanceof DOMException);
    return true;
  });
}
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (err) => {
  assert.strictEqual(err.name, 'QuotaExceededError');
  assert.strictEqual(err.code, 22);
  assert.strictEqual(err.message, 'The requested length exceeds 65,536 bytes');
  return true;
});
assert.throws(() => crypto.getRandomValues(), {
  code: 'ERR_MISSING_ARGS',
  message: "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.",
});
const detached = crypto.getRandomValues;
assert.throws(() => detached(new Uint8Array(2)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto',
});
// The module's getRandomValues works unbound.
const { getRandomValues } = nodeCrypto;
assert.strictEqual(getRandomValues(new Uint8Array(3)).length, 3);

assert.match(crypto.randomUUID(),
             /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.throws(() => crypto.randomUUID.call({}), { code: 'ERR_INVALID_THIS' });

// The global is a getter without a setter.
const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.throws(() => { globalThis.crypto = 1; }, TypeError);
assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
