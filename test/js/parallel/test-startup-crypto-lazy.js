'use strict';
// require('crypto') alone does not set up libcrypto (the FIPS state and the
// generators are read on first use); everything still behaves as in node
// once used, in any order.
const assert = require('assert');
const crypto = require('crypto');

// Buffers made by crypto before anything else loaded node:buffer.
const bytes = crypto.randomBytes(8);
assert.ok(Buffer.isBuffer(bytes));
assert.strictEqual(bytes.constructor, Buffer);
assert.strictEqual(bytes.toString('hex').length, 16);
assert.strictEqual(crypto.randomUUID().length, 36);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), true);

const h = crypto.createHash('sha256');
const { Transform, Readable, Writable } = require('stream');
assert.ok(h instanceof Transform);
assert.ok(crypto.Hash.prototype instanceof Transform);
assert.ok(Object.getPrototypeOf(crypto.Hash) === Object.getPrototypeOf(crypto.Cipheriv));
assert.ok(Transform.prototype.isPrototypeOf(crypto.Cipheriv.prototype));
assert.strictEqual(h.update('abc').digest('hex'),
                   'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');

const hmac = crypto.createHmac('sha1', 'key');
assert.ok(hmac instanceof Readable && hmac instanceof Writable);
let ran = 0;
process.on('exit', () => assert.strictEqual(ran, 2));
hmac.on('data', (d) => {
  ran++;
  assert.strictEqual(d.toString('hex'), crypto.createHmac('sha1', 'key').update('data').digest('hex'));
});
hmac.end('data');

const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
const out = [];
cipher.on('data', (d) => out.push(d));
cipher.on('end', () => {
  ran++;
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
  const plain = Buffer.concat([decipher.update(Buffer.concat(out)), decipher.final()]);
  assert.strictEqual(plain.toString(), 'secret text');
});
cipher.end('secret text');
