'use strict';
// SubtleCrypto.digest: SHA-1/256/384/512 by name (any case) or {name},
// every BufferSource, an ArrayBuffer result, node's errors as rejections;
// methods of the key part reject while unavailable instead of hanging.
const assert = require('node:assert');
const common = require('../../common');

const { subtle } = globalThis.crypto;
const abc = new TextEncoder().encode('abc');
const expected = {
  'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
  'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
             '8086072ba1e7cc2358baeca134c825a7',
  'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
             '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};

async function main() {
  for (const [name, hex] of Object.entries(expected)) {
    for (const alg of [name, name.toLowerCase(), { name }]) {
      const out = await subtle.digest(alg, abc);
      assert.ok(out instanceof ArrayBuffer);
      assert.strictEqual(Buffer.from(out).toString('hex'), hex);
    }
    for (const data of [abc.buffer, Buffer.from('abc'), new DataView(abc.buffer)]) {
      assert.strictEqual(Buffer.from(await subtle.digest(name, data)).toString('hex'), hex);
    }
  }
  assert.strictEqual(Buffer.from(await subtle.digest('SHA-256', new Uint8Array(0))).toString('hex'),
                     'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

  // The input is read when digest() is called.
  const data = Buffer.from('abc');
  const p = subtle.digest('SHA-1', data);
  data.fill(0);
  assert.strictEqual(Buffer.from(await p).toString('hex'), expected['SHA-1']);

  await assert.rejects(subtle.digest('MD5', abc), (err) => {
    assert.strictEqual(err.name, 'NotSupportedError');
    assert.strictEqual(err.message, 'Unrecognized algorithm name');
    return true;
  });
  await assert.rejects(subtle.digest('SHA-256', 'abc'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
      'ArrayBuffer, Buffer, TypedArray, or DataView.',
  });
  await assert.rejects(subtle.digest(), {
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 0 present.",
  });
  await assert.rejects(subtle.digest({}, abc), { code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.digest.call({}, 'SHA-1', abc), { code: 'ERR_INVALID_THIS' });
  await assert.rejects(subtle.encrypt(), {
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'encrypt' on 'SubtleCrypto': 3 arguments required, but only 0 present.",
  });

  // Method shape matches node's.
  const lengths = { encrypt: 3, decrypt: 3, sign: 3, verify: 4, digest: 2, generateKey: 3,
                    deriveKey: 5, deriveBits: 2, importKey: 5, exportKey: 2, wrapKey: 4,
                    unwrapKey: 7 };
  assert.deepStrictEqual(Object.keys(Object.getPrototypeOf(subtle)), Object.keys(lengths));
  for (const [name, length] of Object.entries(lengths)) {
    assert.strictEqual(subtle[name].length, length, name);
    assert.strictEqual(subtle[name].name, name);
  }
}

main().then(common.mustCall());
