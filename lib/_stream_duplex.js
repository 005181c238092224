// eddy: node:_stream_duplex, node's legacy alias of stream.Duplex.
'use strict';

module.exports = require('stream').Duplex;
