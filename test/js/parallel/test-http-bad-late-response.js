// Writing a response after its client went away never crashes: write()
// returns false and its callback gets ERR_STREAM_DESTROYED (no 'error'
// event), end() returns the response and marks it ended, a second end()
// gets ERR_STREAM_ALREADY_FINISHED, setHeader still works while nothing
// was sent (ERR_HTTP_HEADERS_SENT after), writeHead/flushHeaders go
// through quietly; 'close' came first, 'finish' never. The server serves
// the next request.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const scenarios = {
  before: common.mustCall((res) => {
    assert.strictEqual(res.write('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
    })), false);
    assert.strictEqual(res.headersSent, false);
    res.setHeader('X-Late', '1');
    assert.strictEqual(res.end('bye', common.mustNotCall()), res);
    assert.strictEqual(res.writableEnded, true);
    res.end(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED')));
  }),
  streaming: common.mustCall((res) => {
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.write('more', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    })), false);
    assert.throws(() => res.setHeader('X-Late', '1'), { code: 'ERR_HTTP_HEADERS_SENT' });
    res.end();
  }),
  writeHead: common.mustCall((res) => {
    res.writeHead(201, { 'X-A': '1' });
    assert.strictEqual(res.headersSent, true);
    res.end('x');
  }),
  flushHeaders: common.mustCall((res) => {
    res.flushHeaders();
    assert.strictEqual(res.write(Buffer.alloc(1 << 20), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    })), false);
    res.end();
  }),
};

let current;
let client;
const server = http.createServer((req, res) => {
  if (req.url === '/good') {
    res.end('fine');
    return;
  }
  const order = [];
  res.on('error', common.mustNotCall());
  res.on('finish', common.mustNotCall());
  res.on('close', () => order.push('res close'));
  if (current === 'streaming') res.write('partial');
  req.socket.on('close', () => {
    order.push('socket close');
    assert.deepStrictEqual(order, ['res close', 'socket close']);
    scenarios[current](res);
  });
  client.destroy();
});

function good(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/good', agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  for (current of Object.keys(scenarios)) {
    await new Promise((resolve) => {
      client = net.connect(port, '127.0.0.1');
      client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      client.on('close', resolve);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.strictEqual(await good(port), 'fine');
  }
  server.close();
}));
