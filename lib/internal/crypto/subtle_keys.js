// eddy: the key part of SubtleCrypto (see internal/crypto/webcrypto).
'use strict';
module.exports = {};
