// http.validateHeaderName / validateHeaderValue throw what setHeader throws.
'use strict';
require('../../common');
const assert = require('assert');
const http = require('http');

http.validateHeaderName('X-Good');
http.validateHeaderValue('X-Good', 'fine value\tok');
assert.throws(() => http.validateHeaderName('a:b'), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a:b"]',
});
assert.throws(() => http.validateHeaderName(5), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('X', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "X"',
});
assert.throws(() => http.validateHeaderValue('X', 'bad\u0000'), {
  code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["X"]',
});
