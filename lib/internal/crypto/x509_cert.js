// eddy: X509Certificate (node's lib/internal/crypto/x509.js) over the
// `crypto_keys` binding's certificate handles. Printed fields are computed
// once and cached per certificate.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const {
  binding,
  PublicKeyObject,
  isKeyObject,
  bufferFrom,
} = require('internal/crypto/keys_object');
const { kHandle } = require('internal/crypto/util');

const flags = binding.x509CheckFlags;
const kInternalState = Symbol('kInternalState');

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  let f = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': f |= flags.ALWAYS_CHECK_SUBJECT; break;
    case 'never': f |= flags.NEVER_CHECK_SUBJECT; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) f |= flags.NO_WILDCARDS;
  if (!partialWildcards) f |= flags.NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) f |= flags.MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) f |= flags.SINGLE_LABEL_SUBDOMAINS;
  return f;
}

function isX509Certificate(value) {
  return value != null && value[kInternalState] !== undefined;
}

let lazyInspect;

// The infoAccess text ("key:value" lines, quoted values in JSON) as the
// legacy certificate object's { key: [values] } (also tls's
// translatePeerCertificate).
function parseInfoAccess(text) {
  const access = { __proto__: null };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    let val = line.slice(colon + 1);
    if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);
    if (key in access) access[key].push(val);
    else access[key] = [val];
  }
  return access;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = require('buffer').Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    this[kInternalState] = new Map();
    this[kHandle] = binding.parseX509(buffer);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    lazyInspect ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${lazyInspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  #field(name) {
    const state = this[kInternalState];
    if (state.has(name)) return state.get(name);
    const value = binding.x509Get(this[kHandle], name);
    state.set(name, value);
    return value;
  }

  get subject() { return this.#field('subject'); }
  get subjectAltName() { return this.#field('subjectAltName'); }
  get issuer() { return this.#field('issuer'); }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return this.#field('infoAccess'); }
  get validFrom() { return this.#field('validFrom'); }
  get validTo() { return this.#field('validTo'); }
  get fingerprint() { return this.#field('fingerprint'); }
  get fingerprint256() { return this.#field('fingerprint256'); }
  get fingerprint512() { return this.#field('fingerprint512'); }
  get keyUsage() { return this.#field('keyUsage'); }
  get serialNumber() { return this.#field('serialNumber'); }

  get raw() {
    const state = this[kInternalState];
    let value = state.get('rawBuffer');
    if (value === undefined) {
      value = bufferFrom(binding.x509Get(this[kHandle], 'raw'));
      state.set('rawBuffer', value);
    }
    return value;
  }

  get publicKey() {
    const state = this[kInternalState];
    let value = state.get('publicKeyObject');
    if (value === undefined) {
      value = new PublicKeyObject(binding.x509Get(this[kHandle], 'publicKey'));
      state.set('publicKeyObject', value);
    }
    return value;
  }

  toString() { return this.#field('pem'); }

  toJSON() { return this.toString(); }

  get ca() { return this.#field('ca'); }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509Check(this[kHandle], 0, name, getFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509Check(this[kHandle], 1, email, getFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    return binding.x509Check(this[kHandle], 2, ip, getFlags(options));
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509CheckKey(this[kHandle], pkey[kHandle], false);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509CheckKey(this[kHandle], pkey[kHandle], true);
  }

  // The legacy (tls getPeerCertificate) form.
  toLegacyObject() {
    const h = this[kHandle];
    const nameObject = (issuer) => {
      const obj = { __proto__: null };
      for (const [k, v] of binding.x509NameEntries(h, issuer)) {
        if (k in obj) {
          if (Array.isArray(obj[k])) obj[k].push(v);
          else obj[k] = [obj[k], v];
        } else {
          obj[k] = v;
        }
      }
      return obj;
    };
    const out = { subject: nameObject(false), issuer: nameObject(true) };
    const san = this.subjectAltName;
    if (san !== undefined) out.subjectaltname = san;
    const info = this.infoAccess;
    if (info !== undefined) out.infoAccess = parseInfoAccess(info);
    out.ca = this.ca;
    const keyInfo = binding.x509LegacyKey(h, {});
    for (const k of Object.keys(keyInfo)) {
      out[k] = k === 'pubkey' ? bufferFrom(keyInfo[k]) : keyInfo[k];
    }
    out.valid_from = this.validFrom;
    out.valid_to = this.validTo;
    out.fingerprint = this.fingerprint;
    out.fingerprint256 = this.fingerprint256;
    out.fingerprint512 = this.fingerprint512;
    const usage = this.keyUsage;
    if (usage !== undefined) out.ext_key_usage = usage;
    out.serialNumber = this.serialNumber;
    out.raw = this.raw;
    return out;
  }
}

module.exports = {
  parseInfoAccess,
  X509Certificate,
  isX509Certificate,
};
