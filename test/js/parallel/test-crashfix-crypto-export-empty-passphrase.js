'use strict';
// Exporting an encrypted private key with an empty passphrase encrypts it
// with the empty passphrase; OpenSSL used to be handed a null passphrase and
// prompt on the terminal (a hang) or fail.
const assert = require('node:assert');
const crypto = require('node:crypto');

const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
for (const type of ['pkcs8', 'sec1']) {
  const pem = privateKey.export({ format: 'pem', type, cipher: 'aes-128-cbc', passphrase: '' });
  assert.match(pem, /ENCRYPTED/);
  const back = crypto.createPrivateKey({ key: pem, passphrase: '' });
  assert.ok(back.equals(privateKey), type);
}
const der = privateKey.export({ format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: '' });
const back = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: '' });
assert.ok(back.equals(privateKey));
