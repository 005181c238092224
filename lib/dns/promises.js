// eddy: node:dns/promises, the same object as require('dns').promises.
'use strict';

module.exports = require('internal/dns/promises');
