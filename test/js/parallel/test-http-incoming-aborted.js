// The client going away mid-body: the request gets 'aborted' (aborted is
// true, complete false), an ECONNRESET error only if someone listens, and
// 'close'; the response gets 'close' without 'finish'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  req.on('data', common.mustCall(() => client.destroy()));
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  req.on('close', common.mustCall());
  res.on('finish', common.mustNotCall());
  res.on('close', common.mustCall(() => {
    assert.strictEqual(res.writableFinished, false);
    server.close();
  }));
}));

let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc');
}));
