// eddy: node:_stream_passthrough, node's legacy alias of stream.PassThrough.
'use strict';

module.exports = require('stream').PassThrough;
