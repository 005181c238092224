'use strict';
// Cipheriv/Decipheriv: round trips in every AES mode and ChaCha20, input and
// output encodings (text output never splits a character or base64 group),
// auto padding, the AEAD state rules (setAAD, setAuthTag, getAuthTag,
// authTagLength), streams, getCiphers/getCipherInfo, and node's errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const text = 'The quick brown fox jumps over the lazy dog \u00e9\u4e2d\ud83d\ude00 '.repeat(5);

const modes = [
  ['aes-128-cbc', 16, 16], ['aes-192-cbc', 24, 16], ['aes-256-cbc', 32, 16],
  ['aes-128-ctr', 16, 16], ['aes-256-ctr', 32, 16], ['aes-128-ecb', 16, 0],
  ['aes-256-ecb', 32, 0], ['aes-128-cfb', 16, 16], ['aes-256-cfb8', 32, 16],
  ['aes-128-ofb', 16, 16], ['aes-256-ofb', 32, 16], ['chacha20', 32, 16],
];
for (const [alg, keyLen, ivLen] of modes) {
  const key = crypto.randomBytes(keyLen);
  const iv = ivLen ? crypto.randomBytes(ivLen) : null;
  const c = crypto.createCipheriv(alg, key, iv);
  // Odd-sized pieces; hex output, UTF-8 input.
  let hex = '';
  for (let i = 0; i < text.length; i += 7) hex += c.update(text.slice(i, i + 7), 'utf8', 'hex');
  hex += c.final('hex');
  const d = crypto.createDecipheriv(alg, key, iv);
  // base64 input in one piece, UTF-8 output in many.
  const ct = Buffer.from(hex, 'hex').toString('base64');
  let out = d.update(ct, 'base64', 'utf8');
  out += d.final('utf8');
  assert.strictEqual(out, text, alg);
  // Byte-wise decryption with UTF-8 output: characters are not split.
  const d2 = crypto.createDecipheriv(alg, key, iv);
  let out2 = '';
  for (const byte of Buffer.from(hex, 'hex')) out2 += d2.update(Buffer.from([byte]), undefined, 'utf8');
  out2 += d2.final('utf8');
  assert.strictEqual(out2, text, `${alg} byte-wise`);
}

// Known answer with string key and IV (UTF-8), hex output.
assert.strictEqual(
  crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', '0123456789abcdef')
    .update('hello', 'utf8', 'hex'), '');
{
  const c = crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', '0123456789abcdef');
  const ct = c.update('hello', 'utf8', 'base64') + c.final('base64');
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.from('0123456789abcdef'),
                                    new Uint8Array(Buffer.from('0123456789abcdef')));
  assert.strictEqual(d.update(ct, 'base64', 'utf8') + d.final('utf8'), 'hello');
}

// Padding: off requires whole blocks; a wrong key gives OpenSSL's error.
{
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  c.update('a');
  assert.throws(() => c.final(), {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
    library: 'Provider routines',
    reason: 'wrong final block length',
  });
  const good = crypto.createCipheriv('aes-128-cbc', key, iv);
  const ct = Buffer.concat([good.update('secret'), good.final()]);
  assert.strictEqual(ct.length, 16);
  const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv);
  bad.update(ct);
  assert.throws(() => bad.final(), (err) => {
    assert.strictEqual(err.message, 'error:1C800064:Provider routines::bad decrypt');
    assert.strictEqual(err.code, 'ERR_OSSL_BAD_DECRYPT');
    assert.strictEqual(err.library, 'Provider routines');
    assert.strictEqual(err.reason, 'bad decrypt');
    return true;
  });
  // Without padding the same bytes decrypt (to garbage) fine.
  const raw = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv).setAutoPadding(false);
  assert.strictEqual(Buffer.concat([raw.update(ct), raw.final()]).length, 16);
}

// AEAD: GCM with AAD, tags, and authentication failure.
{
  const key = crypto.randomBytes(32);
  const iv = crypto.randomBytes(12);
  const aad = Buffer.from('header');
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  assert.throws(() => c.getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
  });
  c.setAAD(aad);
  const ct = Buffer.concat([c.update(text), c.final()]);
  const tag = c.getAuthTag();
  assert.strictEqual(tag.length, 16);
  assert.throws(() => c.setAAD(aad), { code: 'ERR_CRYPTO_INVALID_STATE' });

  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(aad);
  d.setAuthTag(tag);
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), text);
  assert.strictEqual(typeof d.getAuthTag, 'undefined');
  assert.strictEqual(typeof c.setAuthTag, 'undefined');

  const wrong = crypto.createDecipheriv('aes-256-gcm', key, iv);
  wrong.setAAD(Buffer.from('other'));
  wrong.setAuthTag(tag);
  wrong.update(ct);
  assert.throws(() => wrong.final(), (err) => {
    assert.strictEqual(err.message, 'Unsupported state or unable to authenticate data');
    assert.strictEqual(err.code, undefined);
    return true;
  });
  // No tag at all.
  const noTag = crypto.createDecipheriv('aes-256-gcm', key, iv);
  noTag.update(ct);
  assert.throws(() => noTag.final(), { message: 'Unsupported state or unable to authenticate data' });
  // setAuthTag twice, bad lengths.
  const twice = crypto.createDecipheriv('aes-256-gcm', key, iv);
  twice.setAuthTag(tag);
  assert.throws(() => twice.setAuthTag(tag), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
  });
  assert.throws(() => crypto.createDecipheriv('aes-256-gcm', key, iv).setAuthTag(Buffer.alloc(3)), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
    message: 'Invalid authentication tag length: 3',
  });
  // Short tags with authTagLength.
  const c8 = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 8 });
  const ct8 = Buffer.concat([c8.update('x'), c8.final()]);
  const tag8 = c8.getAuthTag();
  assert.strictEqual(tag8.length, 8);
  const d8 = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 8 });
  d8.setAuthTag(tag8);
  assert.strictEqual(Buffer.concat([d8.update(ct8), d8.final()]).toString(), 'x');
  assert.throws(() => crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 8 })
    .setAuthTag(tag), { message: 'Invalid authentication tag length: 16' });
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 3 }), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
  });
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 'a' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.authTagLength' is invalid. Received 'a'",
  });
  // Any non-empty IV length works for GCM.
  for (const n of [1, 8, 16, 64]) {
    const c1 = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(n));
    const ct1 = Buffer.concat([c1.update('data'), c1.final()]);
    const d1 = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(n));
    d1.setAuthTag(c1.getAuthTag());
    assert.strictEqual(Buffer.concat([d1.update(ct1), d1.final()]).toString(), 'data');
  }
}

// CCM: authTagLength required, plaintextLength with AAD, one update.
{
  const key = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, iv), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
    message: 'authTagLength required for aes-128-ccm',
  });
  const c = crypto.createCipheriv('aes-128-ccm', key, iv, { authTagLength: 10 });
  assert.throws(() => c.setAAD(Buffer.from('aad')), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: 'options.plaintextLength required for CCM mode with AAD',
  });
  c.setAAD(Buffer.from('aad'), { plaintextLength: 5 });
  const ct = Buffer.concat([c.update('hello'), c.final()]);
  const tag = c.getAuthTag();
  assert.strictEqual(tag.length, 10);
  const d = crypto.createDecipheriv('aes-128-ccm', key, iv, { authTagLength: 10 });
  d.setAuthTag(tag);
  d.setAAD(Buffer.from('aad'), { plaintextLength: 5 });
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), 'hello');
  const bad = crypto.createDecipheriv('aes-128-ccm', key, iv, { authTagLength: 10 });
  bad.setAuthTag(Buffer.alloc(10));
  bad.setAAD(Buffer.from('aad'), { plaintextLength: 5 });
  bad.update(ct);
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
  const wrongLen = crypto.createCipheriv('aes-128-ccm', key, iv, { authTagLength: 16 });
  wrongLen.setAAD(Buffer.alloc(1), { plaintextLength: 3 });
  assert.throws(() => wrongLen.update('abcd'), {
    message: 'Trying to add data in unsupported state',
  });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(14),
                                            { authTagLength: 16 }), { code: 'ERR_CRYPTO_INVALID_IV' });
  const long = crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(13), { authTagLength: 16 });
  assert.throws(() => long.update(Buffer.alloc(70000)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_MESSAGELEN', message: 'Invalid message length',
  });
}

// OCB and ChaCha20-Poly1305.
{
  const key = crypto.randomBytes(32);
  const iv = crypto.randomBytes(12);
  assert.throws(() => crypto.createCipheriv('aes-256-ocb', key, iv), {
    message: 'authTagLength required for aes-256-ocb',
  });
  for (const [alg, opts] of [['aes-256-ocb', { authTagLength: 12 }], ['chacha20-poly1305', {}]]) {
    const c = crypto.createCipheriv(alg, key, iv, opts);
    c.setAAD(Buffer.from('aad'));
    const ct = Buffer.concat([c.update(text), c.final()]);
    const d = crypto.createDecipheriv(alg, key, iv, opts);
    d.setAAD(Buffer.from('aad'));
    d.setAuthTag(c.getAuthTag());
    assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), text, alg);
  }
  const early = crypto.createCipheriv('chacha20-poly1305', key, iv);
  assert.throws(() => early.getAuthTag(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => crypto.createCipheriv('chacha20-poly1305', key, Buffer.alloc(13)),
                { code: 'ERR_CRYPTO_INVALID_IV' });
}

// Key, IV and cipher errors.
const k16 = Buffer.alloc(16);
assert.throws(() => crypto.createCipheriv('nope', k16, k16), (err) => {
  assert.ok(!(err instanceof TypeError));
  assert.strictEqual(err.code, 'ERR_CRYPTO_UNKNOWN_CIPHER');
  assert.strictEqual(err.message, 'Unknown cipher');
  return true;
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(32), k16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
for (const iv of [Buffer.alloc(12), null, Buffer.alloc(0)]) {
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
  });
}
assert.throws(() => crypto.createCipheriv('aes-128-ecb', k16, k16), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv(5, k16, k16), {
  message: 'The "cipher" argument must be of type string. Received type number (5)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, k16), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, 5), {
  message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});

// State errors.
{
  const c = crypto.createCipheriv('aes-128-cbc', k16, k16);
  c.final();
  assert.throws(() => c.final(), (err) => {
    assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_STATE');
    assert.strictEqual(err.message, 'Invalid state');
    return true;
  });
  assert.throws(() => c.update('a'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.setAutoPadding(), {
    message: 'Invalid state for operation setAutoPadding',
  });
  const e = crypto.createCipheriv('aes-128-cbc', k16, k16);
  assert.throws(() => e.update(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => e.update('a', 'utf8', 'nope'), {
    code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
  });
  assert.throws(() => e.setAAD(Buffer.alloc(1)), { message: 'Invalid state for operation setAAD' });
  const f = crypto.createCipheriv('aes-128-cbc', k16, k16);
  f.update('a', 'utf8', 'hex');
  assert.throws(() => f.update('a', 'utf8', 'base64'), {
    code: 'ERR_INTERNAL_ASSERTION', message: /^Cannot change encoding/,
  });
}

// Streams.
{
  const key = Buffer.alloc(32, 5);
  const iv = Buffer.alloc(16, 6);
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  const chunks = [];
  c.pipe(d).on('data', (chunk) => chunks.push(chunk)).on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), text);
  }));
  c.write(text.slice(0, 10));
  c.end(text.slice(10));
}

// Lists and info.
const ciphers = crypto.getCiphers();
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ccm', 'aes-256-ocb', 'chacha20',
  'chacha20-poly1305', 'aes-128-ctr', 'id-aes128-GCM']) {
  assert.ok(ciphers.includes(name), name);
}
assert.ok(crypto.getCurves().includes('prime256v1'));
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm'), {
  mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 12, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-cbc'), {
  mode: 'cbc', name: 'aes-256-cbc', nid: 427, blockSize: 16, ivLength: 16, keyLength: 32,
});
assert.strictEqual(crypto.getCipherInfo('aes-128-ecb').ivLength, undefined);
assert.strictEqual(crypto.getCipherInfo('chacha20').blockSize, undefined);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 7 }).ivLength, 7);
assert.strictEqual(crypto.getCipherInfo(419).name, 'aes-128-cbc');
