// eddy: crypto.generateKeyPair(Sync) and crypto.generateKey(Sync) (node's
// lib/internal/crypto/keygen.js). Options are validated here with node's
// errors; the binding generates the keys (now or on the thread pool) and the
// requested encodings are applied to the resulting handles.
'use strict';

const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  binding,
  kKeyFormatJWK,
  PublicKeyObject,
  PrivateKeyObject,
  SecretKeyObject,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  exportAsymmetricJwk,
  bufferFrom,
} = require('internal/crypto/keys_object');
const { isArrayBufferView } = require('internal/util/types');
const { kHandle } = require('internal/crypto/util');

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function checkDigest(name, label) {
  if (binding.digestSize(name) === 0) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid ${label}digest: ${name}`);
  }
}

function parseEncodings(type, options) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let pub, priv;
  if (publicKeyEncoding == null) {
    pub = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    pub = parsePublicKeyEncoding(publicKeyEncoding, type, 'publicKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  if (privateKeyEncoding == null) {
    priv = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    priv = parsePrivateKeyEncoding(privateKeyEncoding, type, 'privateKeyEncoding');
    if (priv.cipher != null && !binding.hasCipher(priv.cipher)) {
      throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    }
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { pub, priv };
}

// Validates type and options as node does; returns what the binding needs.
function check(type, options) {
  validateString(type, 'type');
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  function needOptions() {
    if (options == null) throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    return options;
  }
  const params = {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      const { modulusLength } = needOptions();
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      params.modulusLength = modulusLength;
      params.publicExponent = publicExponent;
      if (type === 'rsa-pss') {
        const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
        if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
        if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
        if (mgf1HashAlgorithm !== undefined) {
          validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        }
        if (hash !== undefined) {
          process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
                              'DeprecationWarning', 'DEP0154');
          validateString(hash, 'options.hash');
          if (hashAlgorithm && hash !== hashAlgorithm) {
            throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
          }
        }
        if (mgf1Hash !== undefined) {
          process.emitWarning(
            '"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
            'DeprecationWarning', 'DEP0154');
          validateString(mgf1Hash, 'options.mgf1Hash');
          if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
            throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
          }
        }
        const md = hashAlgorithm || hash;
        const mgf1 = mgf1HashAlgorithm || mgf1Hash;
        if (md !== undefined) checkDigest(md, '');
        if (mgf1 !== undefined) checkDigest(mgf1, 'MGF1 ');
        params.hashAlgorithm = md;
        params.mgf1HashAlgorithm = mgf1;
        params.saltLength = saltLength;
      }
      break;
    }
    case 'dsa': {
      const { modulusLength } = needOptions();
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      params.modulusLength = modulusLength;
      params.divisorLength = divisorLength;
      break;
    }
    case 'ec': {
      const { namedCurve } = needOptions();
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (binding.curveNid(namedCurve) === 0) {
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      }
      params.namedCurve = namedCurve;
      params.paramEncoding = paramEncoding || 'named';
      break;
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      break;
    case 'dh': {
      const { group, primeLength, prime, generator } = needOptions();
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        if (!/^modp(1|2|5|14|15|16|17|18)$/.test(group)) {
          throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
        params.group = group;
      } else {
        if (prime != null) {
          if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          if (!isArrayBufferView(prime)) {
            throw new ERR_INVALID_ARG_TYPE('options.prime',
                                           ['Buffer', 'TypedArray', 'DataView'], prime);
          }
          params.prime = prime;
        } else if (primeLength != null) {
          validateInt32(primeLength, 'options.primeLength', 0);
          params.primeLength = primeLength;
        } else {
          throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator != null) validateInt32(generator, 'options.generator', 0);
        params.generator = generator == null ? 2 : generator;
      }
      break;
    }
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const encodings = options ? parseEncodings(type, options) : { pub: undefined, priv: undefined };
  return { params, encodings };
}

function encodeKey(handle, enc, Ctor, isPrivate) {
  const key = new Ctor(handle);
  if (enc === undefined) return key;
  if (enc.format === kKeyFormatJWK) return exportAsymmetricJwk(key, isPrivate);
  const r = binding.exportKey(handle, enc.format, enc.type, enc.cipher, enc.passphrase);
  return typeof r === 'string' ? r : bufferFrom(r);
}

function finish(handles, encodings) {
  return {
    publicKey: encodeKey(handles[0], encodings.pub, PublicKeyObject, false),
    privateKey: encodeKey(handles[1], encodings.priv, PrivateKeyObject, true),
  };
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { params, encodings } = check(type, options);
  validateFunction(callback, 'callback');
  binding.generateKeyPair(type, params, {
    oncomplete(err, handles) {
      if (err) return callback(err);
      let keys;
      try {
        keys = finish(handles, encodings);
      } catch (e) {
        return callback(e);
      }
      callback(null, keys.publicKey, keys.privateKey);
    },
  });
}

Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  configurable: true,
  value: function generateKeyPair(type, options) {
    return new Promise((resolve, reject) => {
      module.exports.generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(err);
        else resolve({ publicKey, privateKey });
      });
    });
  },
});

function generateKeyPairSync(type, options) {
  const { params, encodings } = check(type, options);
  return finish(binding.generateKeyPair(type, params), encodings);
}

// --- secret keys ----------------------------------------------------------------------

function checkSecret(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const bytes = checkSecret(type, options);
  validateFunction(callback, 'callback');
  binding.generateSecretKey(bytes, {
    oncomplete(err, handle) {
      if (err) return callback(err);
      callback(null, new SecretKeyObject(handle));
    },
  });
}

function generateKeySync(type, options) {
  const bytes = checkSecret(type, options);
  return new SecretKeyObject(binding.generateSecretKey(bytes));
}

module.exports = {
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  kHandle,
};
