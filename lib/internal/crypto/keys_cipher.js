// eddy: publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt
// (node's lib/internal/crypto/cipher.js, its RSA half): the key and its
// padding, oaepHash and oaepLabel options, run by the binding's rsaCipher.
'use strict';

const {
  binding,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  getArrayBufferOrView,
  bufferFrom,
} = require('internal/crypto/keys_object');
const { validateString } = require('internal/validators');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

const kPublicEncrypt = 0;
const kPrivateDecrypt = 1;
const kPrivateEncrypt = 2;
const kPublicDecrypt = 3;

function rsaFunctionFor(op, defaultPadding, keyType) {
  return (options, buffer) => {
    const handle = keyType === 'private' ? preparePrivateKey(options) :
      preparePublicOrPrivateKey(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    if (op === kPrivateDecrypt && padding === RSA_PKCS1_PADDING) {
      // node 20 refuses PKCS#1 v1.5 decryption (CVE-2023-46809) when OpenSSL
      // lacks implicit rejection, as OpenSSL 3.0 does.
      const err = new TypeError('RSA_PKCS1_PADDING is no longer supported for private ' +
                                'decryption, this can be reverted with ' +
                                '--security-revert=CVE-2023-46809');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return bufferFrom(binding.rsaCipher(op, handle, buffer, padding, oaepHash, oaepLabel));
  };
}

module.exports = {
  publicEncrypt: rsaFunctionFor(kPublicEncrypt, RSA_PKCS1_OAEP_PADDING, 'public'),
  publicDecrypt: rsaFunctionFor(kPublicDecrypt, RSA_PKCS1_PADDING, 'public'),
  privateEncrypt: rsaFunctionFor(kPrivateEncrypt, RSA_PKCS1_PADDING, 'private'),
  privateDecrypt: rsaFunctionFor(kPrivateDecrypt, RSA_PKCS1_OAEP_PADDING, 'private'),
};
