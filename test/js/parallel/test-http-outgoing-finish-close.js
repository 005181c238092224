// A response's life: 'prefinish' inside end(), writableEnded and
// writableFinished right after it (the bytes went to the socket), then
// 'finish', the end() callback and 'close'; the request ends and closes
// after that.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const events = [];
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.writableEnded, false);
  assert.strictEqual(res.finished, false);
  res.on('prefinish', () => events.push('prefinish'));
  res.on('finish', () => {
    events.push('finish');
    assert.strictEqual(res.writableFinished, true);
  });
  res.on('close', common.mustCall(() => events.push('close')));
  req.on('end', common.mustCall(() => events.push('req-end')));
  req.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['prefinish', 'finish', 'end-cb', 'close', 'req-end']);
  }));
  res.end('bye', common.mustCall(() => events.push('end-cb')));
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(res.finished, true);
  assert.strictEqual(res.writableFinished, true);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
