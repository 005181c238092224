// eddy: node:sys, the deprecated alias of node:util (DEP0025 warning on load).
'use strict';

module.exports = require('util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
