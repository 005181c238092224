// The connection dying while a response is pending: the response emits
// 'close' (not 'finish'), the request 'aborted' then 'close'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const order = [];
const server = http.createServer(common.mustCall((req, res) => {
  req.on('aborted', () => order.push('req aborted'));
  req.on('close', () => order.push('req close'));
  res.on('finish', common.mustNotCall());
  res.on('close', () => order.push('res close'));
  req.socket.on('close', () => setImmediate(() => {
    assert.deepStrictEqual(order, ['req aborted', 'res close', 'req close']);
    server.close();
  }));
  client.destroy();
}));

let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n');
}));
