// eddy: node:module, the CommonJS Module class and its helpers.
'use strict';

module.exports = require('internal/modules/cjs/loader').Module;
