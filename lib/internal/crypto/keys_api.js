// eddy: the key part of node:crypto (keys, signatures, key agreement,
// certificates); lib/crypto.js copies its exports. Filled by the crypto_keys
// work; until then lib/crypto.js's placeholders throw ERR_NOT_IMPLEMENTED.
'use strict';
module.exports = {};
