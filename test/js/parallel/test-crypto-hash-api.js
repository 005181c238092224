'use strict';
// Hash: update/digest with input and output encodings, the one-string fast
// path and the multi-update path agreeing, copy(), XOF output lengths,
// finalization errors, Hash as a Transform stream, crypto.hash, getHashes.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const abc256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

// Output encodings.
const d = () => crypto.createHash('sha256').update('abc');
assert.strictEqual(d().digest('hex'), abc256);
assert.strictEqual(d().digest('base64'), Buffer.from(abc256, 'hex').toString('base64'));
assert.strictEqual(d().digest('base64url'), Buffer.from(abc256, 'hex').toString('base64url'));
assert.strictEqual(d().digest('latin1'), Buffer.from(abc256, 'hex').toString('latin1'));
assert.strictEqual(d().digest('binary'), Buffer.from(abc256, 'hex').toString('latin1'));
assert.strictEqual(d().digest('ucs2'), Buffer.from(abc256, 'hex').toString('ucs2'));
assert.strictEqual(d().digest('utf8'), Buffer.from(abc256, 'hex').toString('utf8'));
assert.deepStrictEqual(d().digest(), Buffer.from(abc256, 'hex'));
assert.deepStrictEqual(d().digest('buffer'), Buffer.from(abc256, 'hex'));
// An unknown output encoding gives a Buffer, as in node.
assert.ok(Buffer.isBuffer(d().digest('nope')));

// Input encodings; unknown ones read as UTF-8.
assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex'), abc256);
assert.strictEqual(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'), abc256);
assert.strictEqual(crypto.createHash('sha256').update('abc', 'latin1').digest('hex'), abc256);
assert.strictEqual(crypto.createHash('sha256').update('abc', 'nope').digest('hex'), abc256);
assert.strictEqual(crypto.createHash('md5').update('\u00ff', 'latin1').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from([0xff])).digest('hex'));
assert.strictEqual(crypto.createHash('md5').update('\u00ff').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from([0xc3, 0xbf])).digest('hex'));
// Lone surrogates encode as U+FFFD.
assert.strictEqual(crypto.createHash('md5').update('\ud800').digest('hex'),
                   crypto.createHash('md5').update(Buffer.from([0xef, 0xbf, 0xbd])).digest('hex'));
assert.throws(() => crypto.createHash('sha256').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});

// Strings, Buffers, typed arrays and DataViews mix freely.
const mixed = crypto.createHash('sha256');
mixed.update('a');
mixed.update(new Uint16Array([0x6362]));  // 'bc' little-endian
assert.strictEqual(mixed.digest('hex'), abc256);
const dv = new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer);
assert.strictEqual(crypto.createHash('sha256').update(dv).digest('hex'), abc256);
assert.strictEqual(crypto.createHash('sha256').update('').digest('hex'),
                   crypto.createHash('sha256').digest('hex'));

// The input Buffer is read at update time, not later.
const buf = Buffer.from('abc');
const early = crypto.createHash('sha256').update(buf);
buf.fill(0);
assert.strictEqual(early.digest('hex'), abc256);

// copy() keeps the state; both continue independently.
const base = crypto.createHash('sha256').update('a');
const copy = base.copy();
base.update('bc');
copy.update('b').update('c');
assert.strictEqual(base.digest('hex'), abc256);
assert.strictEqual(copy.digest('hex'), abc256);
const early2 = crypto.createHash('sha1').update('ab');
assert.strictEqual(early2.copy().update('c').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');

// XOF lengths; outputLength on a fixed-size digest must be its size.
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest().length, 5);
assert.strictEqual(crypto.createHash('shake128').copy({ outputLength: 3 }).digest().length, 3);
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest().length, 32);
assert.throws(() => crypto.createHash('sha256', { outputLength: 16 }), {
  code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  message: /not XOF or invalid length/,
});
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.createHash('shake128', { outputLength: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.outputLength" property must be of type number. Received type string (\'a\')',
});

// Finalization.
const fin = crypto.createHash('md5');
fin.digest();
assert.throws(() => fin.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => fin.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => fin.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

// Bad arguments.
assert.throws(() => crypto.createHash('nope'), (err) => {
  assert.strictEqual(err.message, 'Digest method not supported');
  assert.strictEqual(err.code, undefined);
  return true;
});
assert.throws(() => crypto.createHash(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHash('md5').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});

// Hash without `new`, and the constructor name.
assert.strictEqual(crypto.Hash('sha1').update('abc').digest('hex'),
                   'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.ok(crypto.createHash('sha1') instanceof crypto.Hash);

// crypto.hash: hex by default, any output encoding, 'buffer'.
assert.strictEqual(crypto.hash('sha256', 'abc'), abc256);
assert.strictEqual(crypto.hash('sha256', Buffer.from('abc'), 'base64'),
                   Buffer.from(abc256, 'hex').toString('base64'));
assert.deepStrictEqual(crypto.hash('sha256', 'abc', 'buffer'), Buffer.from(abc256, 'hex'));
assert.throws(() => crypto.hash('sha256', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha256', 'a', 'nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'outputEncoding' is invalid. Received 'nope'",
});
assert.throws(() => crypto.hash('nope', 'a'), { message: 'Digest method nope is not supported' });

// getHashes: node's names, and each one works.
const hashes = crypto.getHashes();
for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256', 'RSA-SHA256',
  'sha512-256', 'blake2b512', 'ripemd160']) {
  assert.ok(hashes.includes(name), name);
}
assert.ok(!hashes.includes('md4'));
for (const name of hashes) crypto.createHash(name).update('x').digest();
assert.notStrictEqual(crypto.getHashes(), crypto.getHashes());

// As a stream: written data is hashed, the digest is the readable output.
const stream = crypto.createHash('sha256');
stream.setEncoding('hex');
stream.on('data', common.mustCall((digest) => assert.strictEqual(digest, abc256)));
stream.on('end', common.mustCall());
stream.write('a');
stream.write(Buffer.from('b'));
stream.end('c');

const piped = crypto.createHash('sha1');
const { Readable } = require('node:stream');
Readable.from(['a', 'b', 'c']).pipe(piped).on('readable', common.mustCallAtLeast(() => {
  const chunk = piped.read();
  if (chunk) assert.strictEqual(chunk.toString('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
}));
