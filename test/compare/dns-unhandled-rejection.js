// An unhandled rejection from dns.promises exits the process like node.
'use strict';
const dns = require('dns');

dns.promises.lookup('nosuch.invalid');
