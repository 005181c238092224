// An fs.promises rejection nobody handles.
'use strict';
const fsp = require('fs/promises');

fsp.open('/nonexistent-eddy-compare/y', 'r');
