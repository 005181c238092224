// eddy: node:fs/promises, the same object as require('fs').promises (see
// lib/internal/fs/promises.js).
'use strict';

module.exports = require('internal/fs/promises').exports;
