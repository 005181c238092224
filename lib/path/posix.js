// eddy: node:path/posix, the same object as path.posix.
'use strict';

module.exports = require('path').posix;
