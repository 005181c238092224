// A client that vanishes mid-body (FIN or RST, Content-Length or chunked
// body, before or after the response started): the request gets 'aborted'
// (aborted true, complete false), an ECONNRESET 'aborted' error and
// 'close'; the response gets 'close' without 'finish'; the socket error
// (HPE_INVALID_EOF_STATE for a FIN, ECONNRESET for a RST) goes to
// clientError when listened for. The events come in node's order, and a
// second connection is served throughout.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const heads = {
  length: 'POST /v HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc',
  chunked: 'POST /v HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabc',
};

let events;
let client;
let how;
let streaming;

const server = http.createServer((req, res) => {
  if (req.url === '/good') {
    res.end('fine');
    return;
  }
  events.push('request');
  req.on('data', (d) => {
    events.push(`data ${d}`);
    if (how === 'reset') client.resetAndDestroy();
    else client.end();
  });
  req.on('end', common.mustNotCall());
  req.on('aborted', () => {
    events.push('aborted');
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  });
  req.on('error', (err) => {
    events.push(`req error ${err.code} ${err.message}`);
    assert.ok(err instanceof Error);
  });
  req.on('close', () => events.push('req close'));
  res.on('finish', common.mustNotCall());
  res.on('close', () => {
    events.push('res close');
    assert.strictEqual(res.writableFinished, false);
    assert.strictEqual(res.headersSent, streaming);
  });
  req.socket.on('close', () => events.push('socket close'));
  if (streaming) res.write('partial');
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

async function vanish(port, head) {
  events = [];
  await new Promise((resolve) => {
    client = net.connect(port, '127.0.0.1');
    client.on('error', () => {});  // the RST case may see EPIPE/ECONNRESET
    client.resume();
    client.write(head);
    client.on('close', resolve);
  });
  while (!events.includes('req close')) await new Promise((resolve) => setTimeout(resolve, 5));
  return events;
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const tail = ['res close', 'socket close', 'req error ECONNRESET aborted', 'req close'];
  for (const listen of [false, true]) {
    const clientErrors = [];
    server.removeAllListeners('clientError');
    if (listen) {
      server.on('clientError', (err, socket) => {
        clientErrors.push(err.code);
        socket.destroy();
      });
    }
    for (const [kind, head] of Object.entries(heads)) {
      for (how of ['fin', 'reset']) {
        for (streaming of [false, true]) {
          const label = `${kind} ${how} ${streaming ? 'streaming' : 'idle'} ${listen ? 'listener' : ''}`;
          const got = await vanish(port, head);
          assert.deepStrictEqual(got, ['request', 'data abc', 'aborted', ...tail], label);
          if (listen) {
            assert.deepStrictEqual(clientErrors,
                                   [how === 'reset' ? 'ECONNRESET' : 'HPE_INVALID_EOF_STATE'], label);
            clientErrors.length = 0;
          }
          assert.strictEqual(await good(port), 'fine', label);
        }
      }
    }
  }
  server.close();
}));
