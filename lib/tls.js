// eddy: node:tls is not built yet. Requiring it throws ERR_NOT_IMPLEMENTED
// ("node:tls is not implemented in eddy yet") instead of MODULE_NOT_FOUND, so
// the name stays a built-in (isBuiltin, builtinModules) and feature-detecting
// code can catch it.
'use strict';

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

throw new ERR_NOT_IMPLEMENTED('node:tls');
