// Bad request options throw node's errors before anything is sent.
'use strict';
require('../../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.request({ protocol: 'https:' }), {
  code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'B D' }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["B D"]',
});
assert.throws(() => http.request({ method: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ host: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.host" property must be of type string or one of undefined or null. ' +
    'Received type number (1)',
});
assert.throws(() => http.request({ agent: 1 }), {
  message: 'The "options.agent" property must be one of Agent-like Object, undefined, or false. ' +
    'Received type number (1)',
});
assert.throws(() => http.request({ headers: { 'a b': 1 } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.request({ timeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ maxHeaderSize: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.request({ insecureHTTPParser: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request({ joinDuplicateHeaders: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => http.request('not a url'), { code: 'ERR_INVALID_URL' });
