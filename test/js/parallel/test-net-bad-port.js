// Ports outside 0..65535, or not numbers/numeric strings, throw
// ERR_SOCKET_BAD_PORT (RangeError) or ERR_INVALID_ARG_TYPE synchronously.
'use strict';
require('../../common');
const assert = require('assert');
const net = require('net');

for (const port of [-1, 65536, 1.5, '', ' ', 'abc', NaN, Infinity]) {
  assert.throws(() => net.connect({ port, host: '127.0.0.1' }), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
  }, `connect port ${String(port)}`);
}
for (const port of [{}, true, [], () => {}]) {
  assert.throws(() => net.connect({ port, host: '127.0.0.1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
for (const port of [-1, 65536, 1.5, 'abc']) {
  assert.throws(() => net.createServer().listen({ port }), {
    code: /ERR_SOCKET_BAD_PORT|ERR_INVALID_ARG_VALUE/,
  });
}
assert.throws(() => net.createServer().listen(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect(65536), {
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
