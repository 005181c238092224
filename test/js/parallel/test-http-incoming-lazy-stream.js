'use strict';
// IncomingMessage builds its Readable half on first use: a request nobody
// reads must still look like node's afterwards (ended, destroyed), a body
// read late must arrive whole, and listeners added around res.end() fire.
const assert = require('assert');
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  if (req.url === '/plain') {
    res.end('a');
    res.on('finish', () => {
      setTimeout(() => {
        events.push(['plain', req.complete, req.readableEnded, req.destroyed, req.readable,
                     req.listenerCount('end')]);
      }, 20);
    });
  } else if (req.url === '/late') {
    // Read the body only after it has all arrived.
    setTimeout(() => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => body += d);
      req.on('end', () => {
        events.push(['late', body, req.complete]);
        res.end('b');
      });
    }, 30);
  } else if (req.url === '/after-end') {
    res.end('c');
    req.on('end', () => events.push(['after-end', 'end']));
    req.on('close', () => events.push(['after-end', 'close']));
  } else {
    // POST whose body is never read.
    res.end('d');
  }
});

server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  const body = 'x'.repeat(100);
  s.write('GET /plain HTTP/1.1\r\nHost: a\r\n\r\n' +
          `POST /late HTTP/1.1\r\nHost: a\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
          'GET /after-end HTTP/1.1\r\nHost: a\r\n\r\n' +
          `POST /ignored HTTP/1.1\r\nHost: a\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
          'GET /plain HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => got += d);
  s.on('end', () => {
    const statuses = got.match(/HTTP\/1\.1 \d+/g);
    assert.deepStrictEqual(statuses, Array(5).fill('HTTP/1.1 200'));
    setTimeout(() => {
      server.close();
      assert.deepStrictEqual(events, [
        ['plain', true, true, true, false, 0],
        ['late', body, true],
        ['after-end', 'end'],
        ['after-end', 'close'],
        // The last request of the connection: node's server waits for its
        // 'end' with a listener.
        ['plain', true, true, true, false, 1],
      ]);
    }, 50);
  });
});
