// eddy: DiffieHellman, DiffieHellmanGroup, ECDH and crypto.diffieHellman
// (node's lib/internal/crypto/diffiehellman.js). The key state lives in the
// binding's DH / EC_KEY handles; crypto.diffieHellman derives a secret from
// two KeyObjects.
'use strict';

const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  binding,
  KeyObject,
  getArrayBufferOrView,
  bufferFrom,
} = require('internal/crypto/keys_object');
const { kHandle } = require('internal/crypto/util');

const kByteTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

let lazyBuffer;
function isEncoding(enc) {
  lazyBuffer ??= require('buffer').Buffer;
  return lazyBuffer.isEncoding(enc);
}

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    lazyBuffer ??= require('buffer').Buffer;
    if (encoding === 'buffer') encoding = 'utf8';
    return lazyBuffer.from(value, encoding);
  }
  return value;
}

function encode(ab, encoding) {
  const buf = bufferFrom(ab);
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', kByteTypes, sizeOrKey);
  }
  // Negative sizes pass here and fail in OpenSSL, as in node.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', kByteTypes, generator);
  }
  this[kHandle] = typeof sizeOrKey === 'number' ?
    binding.dhNewFromSize(sizeOrKey, generator) :
    binding.dhNewFromPrime(sizeOrKey, generator);
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, value: binding.dhVerifyError(this[kHandle]),
    writable: true, configurable: true,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    // node's C++ check, with its wording.
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  }
  const handle = binding.dhNewGroup(name);
  if (handle === null) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, value: binding.dhVerifyError(handle), writable: true, configurable: true,
  });
}

function dhGenerateKeys(encoding) {
  return encode(binding.dhGenerateKeys(this[kHandle]), encoding || 'buffer');
}

function dhComputeSecret(key, inEnc, outEnc) {
  inEnc = inEnc || 'buffer';
  outEnc = outEnc || 'buffer';
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encode(binding.dhComputeSecret(this[kHandle], key), outEnc);
}

const kMissing = [null, null, 'No public key - did you forget to generate one?',
                  'No private key - did you forget to generate one?'];

function dhGetter(which) {
  return function(encoding) {
    const r = binding.dhGetField(this[kHandle], which);
    if (r === null) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', kMissing[which]);
    return encode(r, encoding || 'buffer');
  };
}

function dhSetter(isPrivate) {
  return function(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    binding.dhSetKey(this[kHandle], isPrivate, key);
    return this;
  };
}

const dhMethods = {
  generateKeys: dhGenerateKeys,
  computeSecret: dhComputeSecret,
  getPrime: dhGetter(0),
  getGenerator: dhGetter(1),
  getPublicKey: dhGetter(2),
  getPrivateKey: dhGetter(3),
};

function defineMethods(proto, methods) {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    Object.defineProperty(proto, name, {
      value: fn, writable: true, enumerable: true, configurable: true,
    });
  }
}

defineMethods(DiffieHellmanGroup.prototype, dhMethods);
defineMethods(DiffieHellman.prototype, {
  ...dhMethods,
  setPublicKey: dhSetter(false),
  setPrivateKey: dhSetter(true),
});

// --- ECDH --------------------------------------------------------------------------

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const handle = binding.ecdhNew(curve);
  if (handle === null) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  this[kHandle] = handle;
}

defineMethods(ECDH.prototype, {
  computeSecret(key, inEnc, outEnc) {
    inEnc = inEnc || 'buffer';
    outEnc = outEnc || 'buffer';
    key = getArrayBufferOrView(key, 'key', inEnc);
    const ret = binding.ecdhComputeSecret(this[kHandle], key);
    if (typeof ret === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return encode(ret, outEnc);
  },
  setPrivateKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    binding.ecdhSetPrivateKey(this[kHandle], key);
    return this;
  },
  setPublicKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    binding.ecdhSetPublicKey(this[kHandle], key);
    return this;
  },
  getPrivateKey(encoding) {
    return encode(binding.ecdhGetPrivateKey(this[kHandle]), encoding || 'buffer');
  },
  generateKeys(encoding, format) {
    binding.ecdhGenerateKeys(this[kHandle]);
    return this.getPublicKey(encoding, format);
  },
  getPublicKey(encoding, format) {
    const f = getFormat(format);
    return encode(binding.ecdhGetPublicKey(this[kHandle], f), encoding || 'buffer');
  },
});

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  const r = binding.ecdhConvertKey(key, curve, f);
  if (r === null) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  return encode(r, outEnc);
};

// --- crypto.diffieHellman ---------------------------------------------------------

const dhEnabledKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhEnabledKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
                                          `${privateType} and ${publicType}`);
  }
  return bufferFrom(binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]));
}

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
  createECDH,
  diffieHellman,
};
