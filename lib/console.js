// eddy: node:console. Like Node's module it exports the global console
// object itself, which carries the Console class as `console.Console`
// (see lib/internal/console/constructor.js).
'use strict';

module.exports = require('internal/console/constructor').createGlobalConsole();
