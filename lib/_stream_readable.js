// eddy: node:_stream_readable, node's legacy alias of stream.Readable.
'use strict';

module.exports = require('stream').Readable;
