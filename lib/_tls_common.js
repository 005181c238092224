// eddy: node:_tls_common (legacy module): SecureContext,
// createSecureContext, translatePeerCertificate. See lib/internal/tls/common.js.
'use strict';

const common = require('internal/tls/common');

module.exports = {
  SecureContext: common.SecureContext,
  createSecureContext: common.createSecureContext,
  translatePeerCertificate: common.translatePeerCertificate,
};
