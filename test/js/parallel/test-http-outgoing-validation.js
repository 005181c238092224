// Invalid header names and values, status codes and late header changes
// throw node's errors with node's messages.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.setHeader('bad name', 'x'), {
    code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError',
    message: 'Header name must be a valid HTTP token ["bad name"]',
  });
  assert.throws(() => res.setHeader('', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.setHeader('X', undefined), {
    code: 'ERR_HTTP_INVALID_HEADER_VALUE', name: 'TypeError',
    message: 'Invalid value "undefined" for header "X"',
  });
  assert.throws(() => res.setHeader('X', 'a\r\nb'), {
    code: 'ERR_INVALID_CHAR', name: 'TypeError',
    message: 'Invalid character in header content ["X"]',
  });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.writeHead(99), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError', message: 'Invalid status code: 99',
  });
  assert.throws(() => res.writeHead(1000), { message: 'Invalid status code: 1000' });
  assert.throws(() => res.writeHead(200, ['a', 'b', 'c']), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => res.writeHead(200, 'bad\nmessage'), {
    code: 'ERR_INVALID_CHAR', message: 'Invalid character in statusMessage',
  });
  res.statusMessage = undefined;
  assert.throws(() => res.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
  res.writeHead(200);
  assert.throws(() => res.setHeader('X', '1'), {
    code: 'ERR_HTTP_HEADERS_SENT', name: 'Error',
    message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('X'), {
    message: 'Cannot remove headers after they are sent to the client',
  });
  assert.throws(() => res.appendHeader('X', '1'), {
    message: 'Cannot append headers after they are sent to the client',
  });
  assert.throws(() => res.writeHead(200), {
    message: 'Cannot write headers after they are sent to the client',
  });
  res.end();
  res.write('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  res.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => res.resume());
}));
