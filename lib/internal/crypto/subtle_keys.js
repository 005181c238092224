// eddy: SubtleCrypto's key methods (node's lib/internal/crypto/webcrypto.js
// with aes.js, rsa.js, ec.js, cfrg.js, mac.js, hkdf.js, pbkdf2.js): encrypt,
// decrypt, sign, verify, deriveBits, deriveKey, importKey, exportKey,
// generateKey, wrapKey, unwrapKey, and CryptoKey. internal/crypto/webcrypto
// (the SubtleCrypto object) checks `this` and the argument count and calls
// these. Heavy work runs as jobs on the thread pool, so promises settle from
// the loop as in node; failures inside a job become OperationErrors.
'use strict';

const {
  binding,
  CryptoKey,
  InternalCryptoKey,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createPublicKey,
  createPrivateKey,
  handleFromJwk,
  exportAsymmetricJwk,
  bytesToBigInt,
  kCreatePublic,
  kCreatePrivate,
} = require('internal/crypto/keys_object');
const { kKeyObject, kHandle } = require('internal/crypto/util');
const {
  lazyDOMException,
  toBufferSource,
  toEnforcedInt,
  toKeyUsages,
  toKeyFormat,
  toJsonWebKey,
  toCryptoKeyArg,
  argContext,
  toAlgorithmIdentifier,
  normalizeAlgorithm,
} = require('internal/crypto/webcrypto_idl');

const kNamedCurveAliases = {
  __proto__: null,
  'P-256': 'prime256v1',
  'P-384': 'secp384r1',
  'P-521': 'secp521r1',
};
const kAesKeyLengths = [128, 192, 256];
const kTagLengths = [32, 64, 96, 104, 112, 120, 128];
const kAesModes = { __proto__: null, 'AES-CBC': 0, 'AES-CTR': 1, 'AES-GCM': 2, 'AES-KW': 3 };
const kHashNames = {
  __proto__: null,
  'SHA-1': { node: 'sha1', rsa: 'RS1', pss: 'PS1', oaep: 'RSA-OAEP', hmac: 'HS1', block: 512 },
  'SHA-256': { node: 'sha256', rsa: 'RS256', pss: 'PS256', oaep: 'RSA-OAEP-256', hmac: 'HS256',
               block: 512 },
  'SHA-384': { node: 'sha384', rsa: 'RS384', pss: 'PS384', oaep: 'RSA-OAEP-384', hmac: 'HS384',
               block: 1024 },
  'SHA-512': { node: 'sha512', rsa: 'RS512', pss: 'PS512', oaep: 'RSA-OAEP-512', hmac: 'HS512',
               block: 1024 },
};
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PKCS1_PSS_PADDING = 6;

function operationError(cause) {
  return lazyDOMException('The operation failed for an operation-specific reason',
                          cause === undefined ? 'OperationError' :
                            { name: 'OperationError', cause });
}

// Runs a binding job on the thread pool.
function job(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, {
      oncomplete(err, result) {
        if (err) reject(operationError(err));
        else resolve(result);
      },
    });
  });
}

function hasAnyNotIn(set, allowed) {
  for (const u of set) if (!allowed.includes(u)) return true;
  return false;
}

function usagesUnion(set, ...mask) {
  return mask.filter((u) => set.has(u));
}

function hashName(hash) {
  return kHashNames[hash.name].node;
}

function bufferSourceBytes(v) {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return new Uint8Array(v);
}

function checkExtCompat(keyData, extractable) {
  if (keyData.ext !== undefined && keyData.ext === false && extractable === true) {
    throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

const kKeyOpsIndex = { __proto__: null };
for (const [i, op] of ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey'].entries()) kKeyOpsIndex[op] = i;

function validateKeyOps(keyOps, usagesSet) {
  if (keyOps === undefined) return;
  if (!Array.isArray(keyOps)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('keyData.key_ops', 'Array', keyOps);
  }
  let flags = 0;
  for (const op of keyOps) {
    const bit = kKeyOpsIndex[op];
    if (bit === undefined) continue;
    if (flags & (1 << bit)) throw lazyDOMException('Duplicate key operation', 'DataError');
    flags |= 1 << bit;
  }
  if (usagesSet !== undefined) {
    for (const use of usagesSet) {
      if (!keyOps.includes(use)) {
        throw lazyDOMException('Key operations and usage mismatch', 'DataError');
      }
    }
  }
}

function checkJwkUse(keyData, usagesSet, expected) {
  if (usagesSet.size > 0 && keyData.use !== undefined && keyData.use !== expected) {
    throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
  }
}

function checkJwkKty(keyData, kty) {
  if (!keyData.kty) throw lazyDOMException('Invalid keyData', 'DataError');
  if (keyData.kty !== kty) throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
}

// --- generateKey ---------------------------------------------------------------------

function makeKeyObject(handle) {
  switch (binding.keyKind(handle)) {
    case 0: return new SecretKeyObject(handle);
    case 1: return new PublicKeyObject(handle);
    default: return new PrivateKeyObject(handle);
  }
}

async function rsaGenerateKey(algorithm, extractable, usages) {
  const { name, modulusLength, publicExponent, hash } = algorithm;
  const set = new Set(usages);
  let exponent = 0;
  if (publicExponent.length > 4 && publicExponent.subarray(0, publicExponent.length - 4)
    .some((b) => b !== 0)) {
    exponent = undefined;
  } else {
    for (const b of publicExponent) exponent = exponent * 256 + b;
  }
  if (exponent === undefined) {
    throw lazyDOMException('The publicExponent must be equivalent to an unsigned 32-bit value',
                           'OperationError');
  }
  const allowed = name === 'RSA-OAEP' ? ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] :
    ['sign', 'verify'];
  if (hasAnyNotIn(set, allowed)) {
    throw lazyDOMException('Unsupported key usage for a RSA key', 'SyntaxError');
  }
  const [pub, priv] = await job(binding.generateKeyPair, 'rsa',
                                { modulusLength, publicExponent: exponent });
  const keyAlgorithm = { name, modulusLength, publicExponent, hash: { name: hash.name } };
  const [pubUsages, privUsages] = name === 'RSA-OAEP' ?
    [usagesUnion(set, 'encrypt', 'wrapKey'), usagesUnion(set, 'decrypt', 'unwrapKey')] :
    [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')];
  return {
    __proto__: null,
    publicKey: new InternalCryptoKey(new PublicKeyObject(pub), keyAlgorithm, pubUsages, true),
    privateKey: new InternalCryptoKey(new PrivateKeyObject(priv), keyAlgorithm, privUsages,
                                      extractable),
  };
}

async function ecGenerateKey(algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  if (kNamedCurveAliases[namedCurve] === undefined) {
    throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
  }
  const set = new Set(usages);
  const allowed = name === 'ECDSA' ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
  if (hasAnyNotIn(set, allowed)) {
    throw lazyDOMException(`Unsupported key usage for an ${name} key`, 'SyntaxError');
  }
  const [pub, priv] = await job(binding.generateKeyPair, 'ec',
                                { namedCurve: kNamedCurveAliases[namedCurve] });
  const keyAlgorithm = { name, namedCurve };
  const [pubUsages, privUsages] = name === 'ECDSA' ?
    [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')] :
    [[], usagesUnion(set, 'deriveKey', 'deriveBits')];
  return {
    __proto__: null,
    publicKey: new InternalCryptoKey(new PublicKeyObject(pub), keyAlgorithm, pubUsages, true),
    privateKey: new InternalCryptoKey(new PrivateKeyObject(priv), keyAlgorithm, privUsages,
                                      extractable),
  };
}

function isEdName(name) {
  return name === 'Ed25519' || name === 'Ed448';
}

async function cfrgGenerateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  const allowed = isEdName(name) ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
  if (hasAnyNotIn(set, allowed)) {
    throw lazyDOMException(`Unsupported key usage for an ${name} key`, 'SyntaxError');
  }
  const [pub, priv] = await job(binding.generateKeyPair, name.toLowerCase(), {});
  const keyAlgorithm = { name };
  const [pubUsages, privUsages] = isEdName(name) ?
    [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')] :
    [[], usagesUnion(set, 'deriveKey', 'deriveBits')];
  return {
    __proto__: null,
    publicKey: new InternalCryptoKey(new PublicKeyObject(pub), keyAlgorithm, pubUsages, true),
    privateKey: new InternalCryptoKey(new PrivateKeyObject(priv), keyAlgorithm, privUsages,
                                      extractable),
  };
}

async function hmacGenerateKey(algorithm, extractable, usages) {
  const { hash, name } = algorithm;
  let { length } = algorithm;
  if (length === undefined) length = kHashNames[hash.name].block;
  else if (length === 0) throw operationError();
  const set = new Set(usages);
  if (hasAnyNotIn(set, ['sign', 'verify'])) {
    throw lazyDOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
  }
  const handle = await job(binding.generateSecretKey, Math.floor(length / 8));
  return new InternalCryptoKey(new SecretKeyObject(handle),
                               { name, length, hash: { name: hash.name } },
                               Array.from(set), extractable);
}

async function aesGenerateKey(algorithm, extractable, usages) {
  const { name, length } = algorithm;
  if (!kAesKeyLengths.includes(length)) {
    throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  const set = new Set(usages);
  const allowed = name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] :
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
  if (hasAnyNotIn(set, allowed)) {
    throw lazyDOMException('Unsupported key usage for an AES key', 'SyntaxError');
  }
  const handle = await job(binding.generateSecretKey, length / 8);
  return new InternalCryptoKey(new SecretKeyObject(handle), { name, length }, Array.from(set),
                               extractable);
}

async function generateKey(algorithm, extractable, keyUsages) {
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'generateKey', 1),
                                 'generateKey');
  extractable = !!extractable;
  keyUsages = toKeyUsages(keyUsages, 'generateKey', 3);
  let result;
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP':
      result = await rsaGenerateKey(algorithm, extractable, keyUsages);
      break;
    case 'Ed25519':
    case 'Ed448':
    case 'X25519':
    case 'X448':
      result = await cfrgGenerateKey(algorithm, extractable, keyUsages);
      break;
    case 'ECDSA':
    case 'ECDH':
      result = await ecGenerateKey(algorithm, extractable, keyUsages);
      break;
    case 'HMAC':
      result = await hmacGenerateKey(algorithm, extractable, keyUsages);
      break;
    default:
      result = await aesGenerateKey(algorithm, extractable, keyUsages);
  }
  if ((result.privateKey?.usages ?? result.usages).length === 0) {
    throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return result;
}

// --- exportKey -----------------------------------------------------------------------

function isRsaName(name) {
  return name === 'RSASSA-PKCS1-v1_5' || name === 'RSA-PSS' || name === 'RSA-OAEP';
}

function isAsymmetricName(name) {
  return isRsaName(name) || name === 'ECDSA' || name === 'ECDH' || isEdName(name) ||
    name === 'X25519' || name === 'X448';
}

function derExport(key, type) {
  const handle = key[kKeyObject][kHandle];
  const r = binding.exportKey(handle, 1, type === 'spki' ? 2 : 1);
  return r;
}

function exportKeySpki(key) {
  if (isAsymmetricName(key.algorithm.name) && key.type === 'public') return derExport(key, 'spki');
  throw lazyDOMException(`Unable to export a raw ${key.algorithm.name} ${key.type} key`,
                         'InvalidAccessError');
}

function exportKeyPkcs8(key) {
  if (isAsymmetricName(key.algorithm.name) && key.type === 'private') {
    return derExport(key, 'pkcs8');
  }
  throw lazyDOMException(`Unable to export a pkcs8 ${key.algorithm.name} ${key.type} key`,
                         'InvalidAccessError');
}

function exportKeyRaw(key) {
  const { name } = key.algorithm;
  const handle = key[kKeyObject][kHandle];
  if ((name === 'ECDSA' || name === 'ECDH' || isEdName(name) || name === 'X25519' ||
       name === 'X448') && key.type === 'public') {
    return binding.rawPublicKey(handle, false);
  }
  if ((kAesModes[name] !== undefined || name === 'HMAC') && key.type === 'secret') {
    return binding.secretBytes(handle);
  }
  throw lazyDOMException(`Unable to export a raw ${name} ${key.type} key`, 'InvalidAccessError');
}

function exportKeyJwk(key) {
  const { name } = key.algorithm;
  const ko = key[kKeyObject];
  const jwk = { key_ops: key.usages, ext: key.extractable };
  const parts = ko.type === 'secret' ? ko.export({ format: 'jwk' }) :
    exportAsymmetricJwk(ko, ko.type === 'private');
  Object.assign(jwk, parts);
  switch (name) {
    case 'RSASSA-PKCS1-v1_5': jwk.alg = kHashNames[key.algorithm.hash.name].rsa; return jwk;
    case 'RSA-PSS': jwk.alg = kHashNames[key.algorithm.hash.name].pss; return jwk;
    case 'RSA-OAEP': jwk.alg = kHashNames[key.algorithm.hash.name].oaep; return jwk;
    case 'ECDSA':
    case 'ECDH':
      jwk.crv ||= key.algorithm.namedCurve;
      return jwk;
    case 'X25519':
    case 'X448':
      jwk.crv ||= name;
      return jwk;
    case 'Ed25519':
    case 'Ed448':
      jwk.crv ||= name;
      jwk.alg = name;
      return jwk;
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      jwk.alg = aesJwkAlg(name, key.algorithm.length);
      return jwk;
    case 'HMAC':
      jwk.alg = kHashNames[key.algorithm.hash.name].hmac;
      return jwk;
    default:
      throw lazyDOMException('JWK export not yet supported', 'NotSupportedError');
  }
}

async function exportKey(format, key) {
  format = toKeyFormat(format, 'exportKey', 1);
  key = toCryptoKeyArg(key, 'exportKey', 2);
  if (!key.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  switch (format) {
    case 'spki': return exportKeySpki(key);
    case 'pkcs8': return exportKeyPkcs8(key);
    case 'jwk': return exportKeyJwk(key);
    default: return exportKeyRaw(key);
  }
}

// --- importKey -----------------------------------------------------------------------

function importDer(keyData, type) {
  try {
    return type === 'spki' ?
      createPublicKey({ key: keyData, format: 'der', type: 'spki' }) :
      createPrivateKey({ key: keyData, format: 'der', type: 'pkcs8' });
  } catch (err) {
    throw lazyDOMException('Invalid keyData', { name: 'DataError', cause: err });
  }
}

function importJwkKeyObject(keyData, isPublic) {
  let handle;
  try {
    handle = handleFromJwk(keyData, isPublic ? kCreatePublic : kCreatePrivate);
  } catch (err) {
    throw lazyDOMException('Invalid keyData', { name: 'DataError', cause: err });
  }
  return isPublic ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
}

function checkUsagesFor(name, allowed, set) {
  if (hasAnyNotIn(set, allowed)) {
    // node's wording: "an RSA-PSS key" but "a ECDSA key", "a Ed25519 key".
    throw lazyDOMException(`Unsupported key usage for ${name.startsWith('RSA') ? 'an' : 'a'} ` +
                           `${name} key`, 'SyntaxError');
  }
}

function rsaImportKey(format, keyData, algorithm, extractable, usages) {
  const set = new Set(usages);
  const { name } = algorithm;
  const allowedFor = (isPublic) => (name === 'RSA-OAEP' ?
    (isPublic ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey']) :
    (isPublic ? ['verify'] : ['sign']));
  let keyObject;
  switch (format) {
    case 'spki':
      checkUsagesFor(name, allowedFor(true), set);
      keyObject = importDer(keyData, 'spki');
      break;
    case 'pkcs8':
      checkUsagesFor(name, allowedFor(false), set);
      keyObject = importDer(keyData, 'pkcs8');
      break;
    case 'jwk': {
      checkJwkKty(keyData, 'RSA');
      const isPublic = keyData.d === undefined;
      checkUsagesFor(name, allowedFor(isPublic), set);
      checkJwkUse(keyData, set, name === 'RSA-OAEP' ? 'enc' : 'sig');
      validateKeyOps(keyData.key_ops, set);
      checkExtCompat(keyData, extractable);
      if (keyData.alg !== undefined) {
        const names = kHashNames[algorithm.hash.name];
        const expected = name === 'RSASSA-PKCS1-v1_5' ? names.rsa :
          name === 'RSA-PSS' ? names.pss : names.oaep;
        if (keyData.alg !== expected) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      keyObject = importJwkKeyObject(keyData, isPublic);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import RSA key with format ${format}`,
                             'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'rsa') throw lazyDOMException('Invalid key type', 'DataError');
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  let e = publicExponent;
  const bytes = [];
  while (e > 0n) {
    bytes.unshift(Number(e & 0xffn));
    e >>= 8n;
  }
  return new InternalCryptoKey(keyObject, {
    name, modulusLength, publicExponent: new Uint8Array(bytes), hash: algorithm.hash,
  }, usages, extractable);
}

function ecImportKey(format, keyData, algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  if (kNamedCurveAliases[namedCurve] === undefined) {
    throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
  }
  const set = new Set(usages);
  const allowedFor = (isPublic) => (name === 'ECDH' ?
    (isPublic ? [] : ['deriveKey', 'deriveBits']) : (isPublic ? ['verify'] : ['sign']));
  let keyObject;
  switch (format) {
    case 'spki':
      checkUsagesFor(name, allowedFor(true), set);
      keyObject = importDer(keyData, 'spki');
      break;
    case 'pkcs8':
      checkUsagesFor(name, allowedFor(false), set);
      keyObject = importDer(keyData, 'pkcs8');
      break;
    case 'jwk': {
      checkJwkKty(keyData, 'EC');
      if (keyData.crv !== namedCurve) {
        throw lazyDOMException('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      const isPublic = keyData.d === undefined;
      checkUsagesFor(name, allowedFor(isPublic), set);
      checkJwkUse(keyData, set, name === 'ECDH' ? 'enc' : 'sig');
      validateKeyOps(keyData.key_ops, set);
      checkExtCompat(keyData, extractable);
      if (name === 'ECDSA' && keyData.alg !== undefined) {
        const algCurve = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[keyData.alg];
        if (algCurve !== namedCurve) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      keyObject = importJwkKeyObject(keyData, isPublic);
      break;
    }
    case 'raw': {
      checkUsagesFor(name, allowedFor(true), set);
      const handle = binding.importEcKey(kNamedCurveAliases[namedCurve], keyData, undefined);
      if (handle === null) throw lazyDOMException('Invalid keyData', 'DataError');
      keyObject = new PublicKeyObject(handle);
      break;
    }
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw lazyDOMException('Invalid key type', 'DataError');
  if (keyObject.asymmetricKeyDetails.namedCurve !== kNamedCurveAliases[namedCurve]) {
    throw lazyDOMException('Named curve mismatch', 'DataError');
  }
  return new InternalCryptoKey(keyObject, { name, namedCurve }, usages, extractable);
}

const kCfrgSizes = { __proto__: null, Ed25519: [32, 32], X25519: [32, 32], Ed448: [57, 57],
                     X448: [56, 56] };

function cfrgRawKey(name, data, isPublic) {
  const size = kCfrgSizes[name][0];
  const bytes = bufferSourceBytes(data);
  if (bytes.byteLength !== size) {
    throw lazyDOMException(`${name} raw keys must be exactly ${size}-bytes`, 'DataError');
  }
  const handle = isPublic ? binding.importOkpKey(name, bytes, undefined) :
    binding.importOkpKey(name, undefined, bytes);
  if (handle === null) throw lazyDOMException('Invalid keyData', 'DataError');
  return isPublic ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
}

function cfrgImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  const allowedFor = (isPublic) => (isEdName(name) ?
    (isPublic ? ['verify'] : ['sign']) : (isPublic ? [] : ['deriveKey', 'deriveBits']));
  let keyObject;
  switch (format) {
    case 'spki':
      checkUsagesFor(name, allowedFor(true), set);
      keyObject = importDer(keyData, 'spki');
      break;
    case 'pkcs8':
      checkUsagesFor(name, allowedFor(false), set);
      keyObject = importDer(keyData, 'pkcs8');
      break;
    case 'jwk': {
      checkJwkKty(keyData, 'OKP');
      if (keyData.crv !== name) throw lazyDOMException('Subtype mismatch', 'DataError');
      const isPublic = keyData.d === undefined;
      checkJwkUse(keyData, set, isEdName(name) ? 'sig' : 'enc');
      validateKeyOps(keyData.key_ops, set);
      checkExtCompat(keyData, extractable);
      if (keyData.alg !== undefined) {
        if (typeof keyData.alg !== 'string') {
          throw lazyDOMException('Invalid JWK "alg" Parameter', 'DataError');
        }
        if (isEdName(name) && keyData.alg !== 'EdDSA' && keyData.alg !== name) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      if (typeof keyData.x !== 'string' || (!isPublic && typeof keyData.d !== 'string')) {
        throw lazyDOMException('Invalid JWK', 'DataError');
      }
      checkUsagesFor(name, allowedFor(isPublic), set);
      const { Buffer } = require('buffer');
      const publicKeyObject = cfrgRawKey(name, Buffer.from(keyData.x, 'base64'), true);
      if (isPublic) {
        keyObject = publicKeyObject;
      } else {
        keyObject = cfrgRawKey(name, Buffer.from(keyData.d, 'base64'), false);
        if (!createPublicKey(keyObject).equals(publicKeyObject)) {
          throw lazyDOMException('Invalid JWK', 'DataError');
        }
      }
      break;
    }
    case 'raw':
      checkUsagesFor(name, allowedFor(true), set);
      keyObject = cfrgRawKey(name, keyData, true);
      break;
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  return new InternalCryptoKey(keyObject, { name }, usages, extractable);
}

function secretFromJwk(keyData) {
  if (typeof keyData.k !== 'string') {
    throw lazyDOMException('Invalid keyData', 'DataError');
  }
  const { Buffer } = require('buffer');
  return new SecretKeyObject(binding.createSecretKey(Buffer.from(keyData.k, 'base64')));
}

function aesImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  const allowed = name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] :
    ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'];
  if (hasAnyNotIn(set, allowed)) {
    throw lazyDOMException('Unsupported key usage for an AES key', 'SyntaxError');
  }
  let keyObject;
  switch (format) {
    case 'raw':
      if (!kAesKeyLengths.includes(keyData.byteLength * 8)) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      keyObject = new SecretKeyObject(binding.createSecretKey(keyData));
      break;
    case 'jwk': {
      checkJwkKty(keyData, 'oct');
      checkJwkUse(keyData, set, 'enc');
      validateKeyOps(keyData.key_ops, set);
      checkExtCompat(keyData, extractable);
      keyObject = secretFromJwk(keyData);
      const length = keyObject.symmetricKeySize * 8;
      if (!kAesKeyLengths.includes(length)) throw lazyDOMException('Invalid key length', 'DataError');
      if (keyData.alg !== undefined && keyData.alg !== aesJwkAlg(name, length)) {
        throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      break;
    }
    default:
      throw lazyDOMException(`Unable to import AES key with format ${format}`, 'NotSupportedError');
  }
  return new InternalCryptoKey(keyObject, { name, length: keyObject.symmetricKeySize * 8 },
                               usages, extractable);
}

function aesJwkAlg(name, length) {
  return `A${length}${name.slice(4)}`;
}

function hmacImportKey(algorithm, format, keyData, extractable, usages) {
  const set = new Set(usages);
  if (hasAnyNotIn(set, ['sign', 'verify'])) {
    throw lazyDOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
  }
  let keyObject;
  switch (format) {
    case 'raw': {
      const checkLength = keyData.byteLength * 8;
      if (checkLength === 0 || algorithm.length === 0) {
        throw lazyDOMException('Zero-length key is not supported', 'DataError');
      }
      if (algorithm.length !== undefined && algorithm.length !== checkLength) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      keyObject = new SecretKeyObject(binding.createSecretKey(keyData));
      break;
    }
    case 'jwk':
      checkJwkKty(keyData, 'oct');
      checkJwkUse(keyData, set, 'sig');
      validateKeyOps(keyData.key_ops, set);
      checkExtCompat(keyData, extractable);
      if (keyData.alg !== undefined && keyData.alg !== kHashNames[algorithm.hash.name].hmac) {
        throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = secretFromJwk(keyData);
      break;
    default:
      throw lazyDOMException(`Unable to import HMAC key with format ${format}`,
                             'NotSupportedError');
  }
  return new InternalCryptoKey(keyObject, {
    name: 'HMAC', hash: algorithm.hash, length: keyObject.symmetricKeySize * 8,
  }, usages, extractable);
}

function genericSecretImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  if (extractable) throw lazyDOMException(`${name} keys are not extractable`, 'SyntaxError');
  if (hasAnyNotIn(set, ['deriveKey', 'deriveBits'])) {
    throw lazyDOMException(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  }
  if (format !== 'raw') {
    throw lazyDOMException(`Unable to import ${name} key with format ${format}`,
                           'NotSupportedError');
  }
  return new InternalCryptoKey(new SecretKeyObject(binding.createSecretKey(keyData)), { name },
                               usages, false);
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  format = toKeyFormat(format, 'importKey', 1);
  keyData = format === 'jwk' ? toJsonWebKey(keyData, 'importKey', 2) :
    toBufferSource(keyData, argContext('importKey', 2));
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'importKey', 3), 'importKey');
  extractable = !!extractable;
  keyUsages = toKeyUsages(keyUsages, 'importKey', 5);
  if (format !== 'jwk') keyData = bufferSourceBytes(keyData).slice();
  let result;
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP':
      result = rsaImportKey(format, keyData, algorithm, extractable, keyUsages);
      break;
    case 'ECDSA':
    case 'ECDH':
      result = ecImportKey(format, keyData, algorithm, extractable, keyUsages);
      break;
    case 'Ed25519':
    case 'Ed448':
    case 'X25519':
    case 'X448':
      result = cfrgImportKey(format, keyData, algorithm, extractable, keyUsages);
      break;
    case 'HMAC':
      result = hmacImportKey(algorithm, format, keyData, extractable, keyUsages);
      break;
    case 'HKDF':
    case 'PBKDF2':
      result = genericSecretImportKey(algorithm, format, keyData, extractable, keyUsages);
      break;
    default:
      result = aesImportKey(algorithm, format, keyData, extractable, keyUsages);
  }
  if ((result.type === 'secret' || result.type === 'private') && result.usages.length === 0) {
    throw lazyDOMException(`Usages cannot be empty when importing a ${result.type} key.`,
                           'SyntaxError');
  }
  return result;
}

// --- sign / verify ---------------------------------------------------------------------

async function signVerify(algorithm, key, data, signature) {
  const usage = signature === undefined ? 'sign' : 'verify';
  algorithm = normalizeAlgorithm(algorithm, usage);
  if (!key.usages.includes(usage) || algorithm.name !== key.algorithm.name) {
    throw lazyDOMException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  const type = usage === 'sign' ? 'private' : 'public';
  const handle = key[kKeyObject][kHandle];
  const run = (digest, padding, saltLength, dsaEncoding) => (usage === 'sign' ?
    job(binding.signOneShot, handle, digest, data, padding, saltLength, dsaEncoding) :
    job(binding.verifyOneShot, handle, digest, data, signature, padding, saltLength,
        dsaEncoding));
  switch (algorithm.name) {
    case 'RSA-PSS':
    case 'RSASSA-PKCS1-v1_5':
      if (key.type !== type) throw lazyDOMException(`Key must be a ${type} key`, 'InvalidAccessError');
      return run(hashName(key.algorithm.hash),
                 algorithm.name === 'RSA-PSS' ? RSA_PKCS1_PSS_PADDING : 1,
                 algorithm.saltLength, 0);
    case 'ECDSA':
      if (key.type !== type) throw lazyDOMException(`Key must be a ${type} key`, 'InvalidAccessError');
      return run(hashName(algorithm.hash), undefined, undefined, 1);
    case 'Ed25519':
    case 'Ed448':
      if (key.type !== type) throw lazyDOMException(`Key must be a ${type} key`, 'InvalidAccessError');
      if (algorithm.context?.byteLength) {
        throw lazyDOMException('Non zero-length context is not yet supported',
                               'NotSupportedError');
      }
      return run(undefined, undefined, undefined, 0);
    case 'HMAC':
      return job(binding.hmac, hashName(key.algorithm.hash), handle, data, signature);
  }
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

async function sign(algorithm, key, data) {
  algorithm = toAlgorithmIdentifier(algorithm, 'sign', 1);
  key = toCryptoKeyArg(key, 'sign', 2);
  data = toBufferSource(data, argContext('sign', 3));
  return signVerify(algorithm, key, data);
}

async function verify(algorithm, key, signature, data) {
  algorithm = toAlgorithmIdentifier(algorithm, 'verify', 1);
  key = toCryptoKeyArg(key, 'verify', 2);
  signature = toBufferSource(signature, argContext('verify', 3));
  data = toBufferSource(data, argContext('verify', 4));
  return signVerify(algorithm, key, data, signature);
}

// --- encrypt / decrypt / wrap ----------------------------------------------------------

async function aesCipher(encrypt, key, data, algorithm) {
  const mode = kAesModes[algorithm.name];
  const handle = key[kKeyObject][kHandle];
  switch (algorithm.name) {
    case 'AES-CBC':
      if (algorithm.iv.byteLength !== 16) {
        throw lazyDOMException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      }
      return job(binding.aesCipher, mode, encrypt, handle, algorithm.iv, data, 0, undefined);
    case 'AES-CTR':
      if (algorithm.counter.byteLength !== 16) {
        throw lazyDOMException('algorithm.counter must contain exactly 16 bytes',
                               'OperationError');
      }
      if (algorithm.length === 0 || algorithm.length > 128) {
        throw lazyDOMException('AES-CTR algorithm.length must be between 1 and 128',
                               'OperationError');
      }
      return job(binding.aesCipher, mode, encrypt, handle, algorithm.counter, data,
                 algorithm.length, undefined);
    case 'AES-GCM': {
      const { tagLength = 128 } = algorithm;
      if (!kTagLengths.includes(tagLength)) {
        throw lazyDOMException(`${tagLength} is not a valid AES-GCM tag length`,
                               'OperationError');
      }
      if (!encrypt && data.byteLength < tagLength / 8) {
        throw lazyDOMException('The provided data is too small.', 'OperationError');
      }
      return job(binding.aesCipher, mode, encrypt, handle, algorithm.iv, data, tagLength,
                 algorithm.additionalData);
    }
    default:
      return job(binding.aesCipher, mode, encrypt, handle, undefined, data, 0, undefined);
  }
}

async function cipherOrWrap(encrypt, algorithm, key, data, op) {
  if (key.algorithm.name !== algorithm.name || !key.usages.includes(op)) {
    throw lazyDOMException('The requested operation is not valid for the provided key',
                           'InvalidAccessError');
  }
  switch (algorithm.name) {
    case 'RSA-OAEP': {
      const type = encrypt ? 'public' : 'private';
      if (key.type !== type) {
        throw lazyDOMException('The requested operation is not valid for the provided key',
                               'InvalidAccessError');
      }
      return job(binding.rsaCipher, encrypt ? 0 : 1, key[kKeyObject][kHandle], data,
                 RSA_PKCS1_OAEP_PADDING, hashName(key.algorithm.hash), algorithm.label);
    }
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
      return aesCipher(encrypt, key, data, algorithm);
    case 'AES-KW':
      if (op === 'wrapKey' || op === 'unwrapKey') return aesCipher(encrypt, key, data, algorithm);
  }
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

async function encrypt(algorithm, key, data) {
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'encrypt', 1), 'encrypt');
  key = toCryptoKeyArg(key, 'encrypt', 2);
  data = toBufferSource(data, argContext('encrypt', 3));
  return cipherOrWrap(true, algorithm, key, data, 'encrypt');
}

async function decrypt(algorithm, key, data) {
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'decrypt', 1), 'decrypt');
  key = toCryptoKeyArg(key, 'decrypt', 2);
  data = toBufferSource(data, argContext('decrypt', 3));
  return cipherOrWrap(false, algorithm, key, data, 'decrypt');
}

function normalizeWrapAlgorithm(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch {
    return normalizeAlgorithm(algorithm, fallback);
  }
}

async function wrapKey(format, key, wrappingKey, wrapAlgorithm) {
  format = toKeyFormat(format, 'wrapKey', 1);
  key = toCryptoKeyArg(key, 'wrapKey', 2);
  wrappingKey = toCryptoKeyArg(wrappingKey, 'wrapKey', 3);
  wrapAlgorithm = toAlgorithmIdentifier(wrapAlgorithm, 'wrapKey', 4);
  wrapAlgorithm = normalizeWrapAlgorithm(wrapAlgorithm, 'wrapKey', 'encrypt');
  let keyData = await exportKey(format, key);
  if (format === 'jwk') {
    let raw = JSON.stringify(keyData);
    // AES-KW needs a multiple of 8 bytes: pad the JSON with spaces.
    if (wrapAlgorithm.name === 'AES-KW' && raw.length % 8 !== 0) {
      raw += ' '.repeat(8 - (raw.length % 8));
    }
    keyData = new TextEncoder().encode(raw);
  }
  return cipherOrWrap(true, wrapAlgorithm, wrappingKey, keyData, 'wrapKey');
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo,
                         extractable, keyUsages) {
  format = toKeyFormat(format, 'unwrapKey', 1);
  wrappedKey = toBufferSource(wrappedKey, argContext('unwrapKey', 2));
  unwrappingKey = toCryptoKeyArg(unwrappingKey, 'unwrapKey', 3);
  unwrapAlgo = toAlgorithmIdentifier(unwrapAlgo, 'unwrapKey', 4);
  unwrappedKeyAlgo = toAlgorithmIdentifier(unwrappedKeyAlgo, 'unwrapKey', 5);
  unwrapAlgo = normalizeWrapAlgorithm(unwrapAlgo, 'unwrapKey', 'decrypt');
  let keyData = await cipherOrWrap(false, unwrapAlgo, unwrappingKey, wrappedKey, 'unwrapKey');
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
    } catch {
      throw lazyDOMException('Invalid wrapped JWK key', 'DataError');
    }
  }
  return importKey(format, keyData, unwrappedKeyAlgo, extractable, keyUsages);
}

// --- deriveBits / deriveKey ------------------------------------------------------------

async function ecdhDeriveBits(algorithm, baseKey, length) {
  const key = algorithm.public;
  if (key.type !== 'public') {
    throw lazyDOMException('algorithm.public must be a public key', 'InvalidAccessError');
  }
  if (baseKey.type !== 'private') {
    throw lazyDOMException('baseKey must be a private key', 'InvalidAccessError');
  }
  const kname = key.algorithm.name;
  if (kname !== 'ECDH' && kname !== 'X25519' && kname !== 'X448') {
    throw lazyDOMException('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
  }
  if (kname !== baseKey.algorithm.name) {
    throw lazyDOMException('The public and private keys must be of the same type',
                           'InvalidAccessError');
  }
  if (kname === 'ECDH' && key.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw lazyDOMException('Named curve mismatch', 'InvalidAccessError');
  }
  const bits = await job(binding.deriveSecret, baseKey[kKeyObject][kHandle],
                         key[kKeyObject][kHandle]);
  if (length === null || length === undefined) return bits;
  const bytes = Math.ceil(length / 8);
  if (bits.byteLength < bytes) {
    throw lazyDOMException('derived bit length is too small', 'OperationError');
  }
  return bytes === bits.byteLength ? bits : bits.slice(0, bytes);
}

function checkKdfLength(length) {
  if (length === 0) throw lazyDOMException('length cannot be zero', 'OperationError');
  if (length === null || length === undefined) {
    throw lazyDOMException('length cannot be null', 'OperationError');
  }
  if (length % 8) throw lazyDOMException('length must be a multiple of 8', 'OperationError');
}

async function hkdfDeriveBits(algorithm, baseKey, length) {
  checkKdfLength(length);
  return job(binding.hkdf, hashName(algorithm.hash), baseKey[kKeyObject][kHandle],
             algorithm.salt, algorithm.info, length / 8);
}

async function pbkdf2DeriveBits(algorithm, baseKey, length) {
  if (algorithm.iterations === 0) {
    throw lazyDOMException('iterations cannot be zero', 'OperationError');
  }
  checkKdfLength(length);
  return job(binding.pbkdf2, hashName(algorithm.hash), baseKey[kKeyObject][kHandle],
             algorithm.salt, algorithm.iterations, length / 8);
}

function deriveBitsFor(algorithm, baseKey, length) {
  switch (algorithm.name) {
    case 'X25519':
    case 'X448':
    case 'ECDH':
      return ecdhDeriveBits(algorithm, baseKey, length);
    case 'HKDF':
      return hkdfDeriveBits(algorithm, baseKey, length);
    case 'PBKDF2':
      return pbkdf2DeriveBits(algorithm, baseKey, length);
  }
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

async function deriveBits(algorithm, baseKey, length = null) {
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'deriveBits', 1),
                                 'deriveBits');
  baseKey = toCryptoKeyArg(baseKey, 'deriveBits', 2);
  if (length !== null) {
    length = toEnforcedInt(length, `${argContext('deriveBits', 3)}`, 4294967295);
  }
  if (!baseKey.usages.includes('deriveBits')) {
    throw lazyDOMException('baseKey does not have deriveBits usage', 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) {
    throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  }
  return deriveBitsFor(algorithm, baseKey, length);
}

function getKeyLength({ name, length, hash }) {
  switch (name) {
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      if (!kAesKeyLengths.includes(length)) {
        throw lazyDOMException('Invalid key length', 'OperationError');
      }
      return length;
    case 'HMAC':
      if (length === undefined) return kHashNames[hash.name].block;
      if (typeof length === 'number' && length !== 0) return length;
      throw lazyDOMException('Invalid key length', 'OperationError');
    default:
      return null;
  }
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  algorithm = normalizeAlgorithm(toAlgorithmIdentifier(algorithm, 'deriveKey', 1),
                                 'deriveBits');
  baseKey = toCryptoKeyArg(baseKey, 'deriveKey', 2);
  derivedKeyAlgorithm = toAlgorithmIdentifier(derivedKeyAlgorithm, 'deriveKey', 3);
  const keyLengthAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, 'get key length');
  normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
  extractable = !!extractable;
  keyUsages = toKeyUsages(keyUsages, 'deriveKey', 5);
  if (!baseKey.usages.includes('deriveKey')) {
    throw lazyDOMException('baseKey does not have deriveKey usage', 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) {
    throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  }
  const length = getKeyLength(keyLengthAlgorithm);
  const bits = await deriveBitsFor(algorithm, baseKey, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
}

module.exports = {
  CryptoKey,
  encrypt,
  decrypt,
  sign,
  verify,
  deriveBits,
  deriveKey,
  importKey,
  exportKey,
  generateKey,
  wrapKey,
  unwrapKey,
  // For tests and other internals.
  makeKeyObject,
  bytesToBigInt,
};
