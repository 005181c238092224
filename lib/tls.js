// eddy: node:tls. Settings, getCiphers, rootCertificates, checkServerIdentity
// and createSecureContext come from lib/internal/tls/common.js; TLSSocket,
// connect and Server from lib/internal/tls/wrap.js (OpenSSL through the
// `tls_wrap` binding).
//
// Difference from node: rootCertificates is the system CA store (OpenSSL's
// default file, normally /etc/ssl/certs/ca-certificates.crt), read on first
// access, not a bundled copy of Mozilla's list.
'use strict';

const common = require('internal/tls/common');
const wrap = require('internal/tls/wrap');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: common.DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: common.getCiphers,
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: common.readRootCertificates,
});

Object.assign(module.exports, {
  convertALPNProtocols: common.convertALPNProtocols,
  checkServerIdentity: common.checkServerIdentity,
  createSecureContext: common.createSecureContext,
  SecureContext: common.SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
  createSecurePair: function createSecurePair() {
    throw new ERR_NOT_IMPLEMENTED('tls.createSecurePair');
  },
});
