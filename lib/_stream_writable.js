// eddy: node:_stream_writable, node's legacy alias of stream.Writable.
'use strict';

module.exports = require('stream').Writable;
