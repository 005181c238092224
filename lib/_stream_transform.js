// eddy: node:_stream_transform, node's legacy alias of stream.Transform.
'use strict';

module.exports = require('stream').Transform;
