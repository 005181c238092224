// The header table of a response before it is sent: setHeader keeps the
// name's case for the wire and is case-insensitive for lookups;
// appendHeader turns a value into a list; setHeaders takes a Map; getters
// return node's shapes (null-prototype object, lowercase names).
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.setHeader('Content-Type', 'text/plain'), res);
  res.setHeader('X-Number', 5);
  res.setHeader('X-List', ['a', 'b']);
  assert.strictEqual(res.getHeader('content-type'), 'text/plain');
  assert.strictEqual(res.getHeader('X-NUMBER'), 5);
  assert.strictEqual(res.getHeader('missing'), undefined);
  assert.strictEqual(res.hasHeader('x-list'), true);
  assert.strictEqual(res.hasHeader('nope'), false);
  res.appendHeader('X-List', 'c');
  res.appendHeader('X-New', ['1', '2']);
  assert.deepStrictEqual(res.getHeader('x-list'), ['a', 'b', 'c']);
  res.setHeaders(new Map([['X-From-Map', 'yes'], ['set-cookie', ['a=1', 'b=2']]]));
  assert.deepStrictEqual(res.getHeaderNames(),
                         ['content-type', 'x-number', 'x-list', 'x-new', 'x-from-map', 'set-cookie']);
  assert.deepStrictEqual(res.getRawHeaderNames(),
                         ['Content-Type', 'X-Number', 'X-List', 'X-New', 'X-From-Map', 'set-cookie']);
  const all = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(all), null);
  assert.deepStrictEqual({ ...all }, {
    'content-type': 'text/plain', 'x-number': 5, 'x-list': ['a', 'b', 'c'],
    'x-new': ['1', '2'], 'x-from-map': 'yes', 'set-cookie': ['a=1', 'b=2'],
  });
  res.removeHeader('X-Number');
  assert.strictEqual(res.hasHeader('x-number'), false);
  assert.strictEqual(res.headersSent, false);
  res.end('ok');
  assert.strictEqual(res.headersSent, true);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.deepStrictEqual(res.rawHeaders.slice(0, 16), [
      'Content-Type', 'text/plain', 'X-List', 'a', 'X-List', 'b', 'X-List', 'c',
      'X-New', '1', 'X-New', '2', 'X-From-Map', 'yes', 'set-cookie', 'a=1',
    ]);
    assert.strictEqual(res.headers['x-list'], 'a, b, c');
    assert.strictEqual(res.headers['x-number'], undefined);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
