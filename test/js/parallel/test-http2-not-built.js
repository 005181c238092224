'use strict';
// node:http2 loads (packages such as axios require it at load time), and its
// protocol entry points, not built in eddy yet, throw ERR_NOT_IMPLEMENTED
// naming themselves when called.
const assert = require('assert');
const common = require('../../common');
const http2 = require('http2');

for (const name of ['connect', 'createServer', 'createSecureServer', 'performServerHandshake']) {
  assert.strictEqual(typeof http2[name], 'function', name);
  if (common.isEddy) {
    assert.throws(() => http2[name]('http://127.0.0.1:1'), {
      code: 'ERR_NOT_IMPLEMENTED',
      message: `http2.${name}() is not implemented in eddy yet`,
    });
  }
}
if (common.isEddy) {
  assert.throws(() => new http2.Http2ServerRequest(), { code: 'ERR_NOT_IMPLEMENTED' });
  assert.throws(() => new http2.Http2ServerResponse(), { code: 'ERR_NOT_IMPLEMENTED' });
}
