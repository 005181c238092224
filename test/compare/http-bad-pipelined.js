// Pipelined requests with bodies in one packet, the last one broken (bad
// chunk size), against async handlers: node runs nextTicks and promise
// jobs after every body chunk it hands over, so 'data', awaits and ticks
// interleave with the parsing of the next request; then the parse error.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer(async (req, res) => {
  console.log('handler', req.url);
  req.on('data', (d) => console.log('data', req.url, String(d)));
  req.on('end', () => console.log('end', req.url));
  req.on('aborted', () => console.log('aborted', req.url));
  req.on('close', () => console.log('req close', req.url));
  res.on('finish', () => console.log('finish', req.url));
  await null;
  console.log('after await', req.url);
  process.nextTick(() => console.log('tick', req.url));
  queueMicrotask(() => console.log('microtask', req.url));
  if (req.url !== '/d') res.end(req.url);
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.bytesParsed);
  socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const post = (p) => `POST ${p} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi`;
  c.write(post('/a') + post('/b') + 'GET /c HTTP/1.1\r\nHost: x\r\n\r\n' +
          'POST /d HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\nzz\r\n');
  let out = '';
  c.on('data', (d) => out += d);
  c.on('close', () => {
    console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
    server.close();
  });
});
