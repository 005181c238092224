// eddy: node:constants (deprecated, DEP0008 documentation-only): one frozen
// object merging os.constants.{dlopen,errno,priority,signals}, fs.constants
// and crypto.constants, in node's order.
'use strict';

const os = require('os').constants;

// (node adds crypto's defaultCipherList only when node:crypto was loaded
// first; eddy loads it here, so it is always there.)
Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals,
              require('fs').constants, require('crypto').constants);
Object.freeze(exports);
