// eddy: the parts of node:tls that need no connection (node's lib/tls.js and
// lib/_tls_common.js): default settings, getCiphers, rootCertificates,
// checkServerIdentity, convertALPNProtocols, SecureContext /
// createSecureContext (an SSL_CTX of the `tls_wrap` binding) and
// translatePeerCertificate.
//
// rootCertificates differs from node: node ships Mozilla's bundle inside the
// binary; eddy reads the system store (OpenSSL's default CA file, normally
// /etc/ssl/certs/ca-certificates.crt, or $SSL_CERT_FILE) on first access.
// Peers are verified against that same store unless a `ca` option replaces it.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_TLS_CERT_ALTNAME_INVALID,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateInt32,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { Buffer } = require('buffer');

let lazyBinding;
function binding() {
  lazyBinding ??= internalBinding('tls_wrap');
  return lazyBinding;
}

const DEFAULT_CIPHERS =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:' +
  'DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// --- getCiphers / rootCertificates ---------------------------------------------

const kTLS13Suites = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_8_SHA256', 'TLS_AES_128_CCM_SHA256'];

let cipherList;
function getCiphers() {
  if (cipherList === undefined) {
    const seen = new Set();
    for (const name of binding().getSSLCiphers()) seen.add(name.toLowerCase());
    // Every TLS 1.3 suite OpenSSL knows, enabled by default or not (as node).
    for (const name of kTLS13Suites) seen.add(name.toLowerCase());
    cipherList = [...seen].sort();
  }
  return cipherList.slice();
}

let rootCerts;
function readRootCertificates() {
  if (rootCerts !== undefined) return rootCerts;
  let text = '';
  const fs = require('fs');
  const file = process.env.SSL_CERT_FILE || '/etc/ssl/certs/ca-certificates.crt';
  try {
    text = fs.readFileSync(file, 'latin1');
  } catch {
    text = '';
  }
  const out = [];
  const re = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    // One PEM per entry, lines as the bundle has them, no trailing newline.
    out.push(m[0].replace(/\r\n/g, '\n'));
  }
  rootCerts = Object.freeze(out);
  return rootCerts;
}

// --- checkServerIdentity --------------------------------------------------------

function unfqdn(host) {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// A name of the certificate matches the host's labels.
function matchName(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  // Names with characters outside printable ASCII never match.
  for (const part of patternParts) {
    if (/[^\u0021-\u007F]/u.test(part)) return false;
  }
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostLabel = hostParts[0];
  const patternLabel = patternParts[0];
  const pieces = patternLabel.split('*');
  // No wildcard, or an IDNA label (never a wildcard): exact.
  if (pieces.length === 1 || patternLabel.includes('xn--')) return hostLabel === patternLabel;
  if (!wildcards) return false;
  // One '*' at most, and not directly under a public suffix (*.com).
  if (pieces.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostLabel.length) return false;
  return hostLabel.startsWith(prefix) && hostLabel.endsWith(suffix);
}

// subjectaltname splits at ", " except inside quoted (JSON-escaped) names.
function splitAltNames(altNames) {
  if (!altNames.includes('"')) return altNames.split(', ');
  const out = [];
  let current = '';
  for (let i = 0; i < altNames.length; i++) {
    const c = altNames[i];
    if (c === '"') {
      // A quoted run: JSON string up to the closing unescaped quote.
      let j = i + 1;
      while (j < altNames.length && altNames[j] !== '"') {
        if (altNames[j] === '\\') j++;
        j++;
      }
      let text = altNames.slice(i, j + 1);
      try {
        text = JSON.parse(text);
      } catch {
        // Leave it as written.
      }
      current += text;
      i = j;
    } else if (c === ',' && altNames[i + 1] === ' ') {
      out.push(current);
      current = '';
      i++;
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

function canonicalizeIP(ip) {
  const net = require('net');
  const family = net.isIP(ip);
  if (family === 4) return ip;
  if (family === 6) {
    try {
      const { hostname } = new URL(`http://[${ip}]/`);
      return hostname.slice(1, -1);
    } catch {
      return ip;
    }
  }
  return ip;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];

  hostname = '' + hostname;

  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalizeIP(name.slice(11)));
      }
    }
  }

  let valid = false;
  let reason = 'Unknown reason';

  hostname = unfqdn(hostname);

  if (require('net').isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matchName(hostParts, pattern, true);

    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      // Only the subject's common name(s) when there is no DNS altname.
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }

  if (!valid) {
    const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
}

// --- ALPN ------------------------------------------------------------------------

// ['h2', 'http/1.1'] -> <02 'h2' 08 'http/1.1'>.
function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  let total = 0;
  for (let i = 0; i < protocols.length; i++) {
    const len = Buffer.byteLength(protocols[i]);
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE(
        `The byte length of the protocol at index ${i} exceeds the maximum length.`,
        '<= 255', len, true);
    }
    lens[i] = len;
    total += 1 + len;
  }
  const buf = Buffer.allocUnsafe(total);
  let off = 0;
  for (let i = 0; i < protocols.length; i++) {
    buf[off++] = lens[i];
    off += buf.write(String(protocols[i]), off);
  }
  return buf;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (protocols instanceof Uint8Array) {
    out.ALPNProtocols = Buffer.from(protocols);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(
      protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// --- SecureContext ----------------------------------------------------------------

const kVersions = {
  __proto__: null,
  'TLSv1': 'TLS1_VERSION',
  'TLSv1.1': 'TLS1_1_VERSION',
  'TLSv1.2': 'TLS1_2_VERSION',
  'TLSv1.3': 'TLS1_3_VERSION',
};

function toVersion(version, which) {
  const name = kVersions[version];
  if (name === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(version, which);
  return binding()[name];
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  if (secureProtocol) {
    if (minVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
    validateString(secureProtocol, 'options.secureProtocol');
    throw new ERR_NOT_IMPLEMENTED('tls.createSecureContext({ secureProtocol })');
  }
  const min = toVersion(minVersion ?? tls.DEFAULT_MIN_VERSION, 'minimum');
  const max = toVersion(maxVersion ?? tls.DEFAULT_MAX_VERSION, 'maximum');
  this.context = new (binding().SecureContext)(min, max);
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function setCiphers(context, ciphers) {
  const tls12 = [];
  const tls13 = [];
  for (const name of ciphers.split(':')) {
    if (name.startsWith('TLS_')) tls13.push(name);
    else if (name) tls12.push(name);
  }
  context.setCiphers(tls12.join(':'), tls13.join(':'));
}

function fixOpenSSLError(err) {
  if (err && typeof err.code === 'string' && err.code.startsWith('ERR_OSSL_SSL_')) {
    err.code = 'ERR_SSL_' + err.code.slice(13);
  }
  return err;
}

function createSecureContext(options) {
  if (!options) options = {};
  validateObject(options, 'options');
  const {
    ca, cert, key, passphrase, ciphers, ecdhCurve,
    minVersion, maxVersion, secureProtocol, secureOptions,
    pfx, crl, sigalgs, privateKeyEngine, privateKeyIdentifier, clientCertEngine,
    honorCipherOrder, sessionIdContext, sessionTimeout, dhparam, ticketKeys,
  } = options;

  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = c.context;

  try {
    if (ca !== undefined && ca !== null) {
      const list = Array.isArray(ca) ? ca : [ca];
      for (const v of list) {
        validateKeyOrCertOption('options.ca', v);
        ctx.addCACert(v);
      }
    }
    if (cert !== undefined && cert !== null) {
      const list = Array.isArray(cert) ? cert : [cert];
      for (const v of list) {
        validateKeyOrCertOption('options.cert', v);
        ctx.setCert(v);
      }
    }
    if (key !== undefined && key !== null) {
      const list = Array.isArray(key) ? key : [key];
      for (const v of list) {
        let pem = v;
        let pass = passphrase;
        if (v !== null && typeof v === 'object' && !isArrayBufferView(v)) {
          pem = v.pem;
          pass = v.passphrase ?? passphrase;
          validateKeyOrCertOption('options.key.pem', pem);
        } else {
          validateKeyOrCertOption('options.key', pem);
        }
        if (pass !== undefined && pass !== null) validateString(pass, 'options.passphrase');
        ctx.setKey(pem, pass ?? undefined);
      }
    }
    const cipherList = ciphers ?? require('tls').DEFAULT_CIPHERS;
    validateString(cipherList, 'options.ciphers');
    setCiphers(ctx, cipherList);
    if (ecdhCurve !== undefined) {
      validateString(ecdhCurve, 'options.ecdhCurve');
      ctx.setECDHCurve(ecdhCurve);
    }
    if (secureOptions !== undefined && secureOptions !== null) {
      validateNumber(secureOptions, 'options.secureOptions');
      ctx.setOptions(secureOptions);
    }
    if (honorCipherOrder) ctx.setOptions(binding().SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (sessionTimeout !== undefined && sessionTimeout !== null) {
      validateInt32(sessionTimeout, 'options.sessionTimeout');
      ctx.setSessionTimeout(sessionTimeout);
    }
    if (sessionIdContext !== undefined && sessionIdContext !== null) {
      validateString(sessionIdContext, 'options.sessionIdContext');
      ctx.setSessionIdContext(sessionIdContext);
    }
  } catch (err) {
    throw fixOpenSSLError(err);
  }
  const unsupported = {
    pfx, crl, sigalgs, privateKeyEngine, privateKeyIdentifier, clientCertEngine, dhparam,
    ticketKeys,
  };
  for (const name of Object.keys(unsupported)) {
    if (unsupported[name] !== undefined && unsupported[name] !== null) {
      throw new ERR_NOT_IMPLEMENTED(`tls.createSecureContext({ ${name} })`);
    }
  }
  return c;
}

// Links the issuerCertificate chain and parses infoAccess text into lists.
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null && typeof c.infoAccess === 'string') {
    c.infoAccess = require('internal/crypto/x509_cert').parseInfoAccess(c.infoAccess);
  }
  return c;
}

module.exports = {
  binding,
  DEFAULT_CIPHERS,
  getCiphers,
  readRootCertificates,
  checkServerIdentity,
  convertALPNProtocols,
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  fixOpenSSLError,
};
