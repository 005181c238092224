'use strict';
// Secret KeyObjects: createSecretKey from bytes and strings, export as
// Buffer and JWK, equals, symmetricKeySize, class shape, and use with the
// HMAC and cipher APIs.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { KeyObject } = crypto;

const key = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
assert(key instanceof KeyObject);
assert.strictEqual(key.type, 'secret');
assert.strictEqual(key.symmetricKeySize, 16);
assert.strictEqual(key.asymmetricKeyType, undefined);
assert.strictEqual(Object.prototype.toString.call(key), '[object KeyObject]');
assert.strictEqual(key.constructor.name, 'SecretKeyObject');
assert.deepStrictEqual(key.export(), Buffer.from('0123456789abcdef'));
assert.deepStrictEqual(key.export({ format: 'buffer' }), Buffer.from('0123456789abcdef'));
assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'MDEyMzQ1Njc4OWFiY2RlZg' });
assert.throws(() => key.export({ format: 'pem' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => key.export(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(crypto.createSecretKey('ffff', 'hex').symmetricKeySize, 2);
assert.strictEqual(crypto.createSecretKey(new Uint16Array(3)).symmetricKeySize, 6);
assert.strictEqual(crypto.createSecretKey(new ArrayBuffer(5)).symmetricKeySize, 5);
assert.strictEqual(crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize, 0);
assert.throws(() => crypto.createSecretKey(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert(key.equals(crypto.createSecretKey(Buffer.from('0123456789abcdef'))));
assert(!key.equals(crypto.createSecretKey(Buffer.from('0123456789abcdeF'))));
assert(!key.equals(crypto.createSecretKey(Buffer.from('0123456789abcde'))));
assert.throws(() => key.equals('x'), { code: 'ERR_INVALID_ARG_TYPE' });
const { publicKey } = crypto.generateKeyPairSync('ed25519');
assert(!key.equals(publicKey));

assert.strictEqual(crypto.createHmac('sha256', key).update('m').digest('hex'),
                   crypto.createHmac('sha256', '0123456789abcdef').update('m').digest('hex'));
const iv = Buffer.alloc(16);
assert.strictEqual(crypto.createCipheriv('aes-128-cbc', key, iv).final('hex'),
                   crypto.createCipheriv('aes-128-cbc', Buffer.from('0123456789abcdef'), iv).final('hex'));
assert.throws(() => crypto.createHmac('sha256', publicKey),
              { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
                message: 'Invalid key object type public, expected secret.' });

assert.throws(() => new KeyObject('bogus', {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new KeyObject('secret', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => KeyObject.from(key), { code: 'ERR_INVALID_ARG_TYPE' });
