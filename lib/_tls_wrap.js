// eddy: node:_tls_wrap (legacy module): TLSSocket, Server, createServer,
// connect. See lib/internal/tls/wrap.js.
'use strict';

const wrap = require('internal/tls/wrap');

module.exports = {
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
};
