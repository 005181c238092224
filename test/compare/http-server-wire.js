// Exact bytes of server responses for many response shapes (headers node
// adds, framing, keep-alive, informational responses, pipelining, canned
// error responses), read with a raw client; the Date value is masked.
'use strict';
const http = require('http');
const net = require('net');

function run(handler, reqs, opts = {}) {
  return new Promise((resolve) => {
    const server = http.createServer(opts, handler);
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.on('data', (d) => out += d.toString('latin1'));
      c.on('end', () => { console.log(JSON.stringify(out.replace(/Date: [^\r]*/g, 'Date: X'))); server.close(); resolve(); });
      c.write(reqs);
      setTimeout(() => c.end(), 100);
    });
  });
}
(async () => {
  const G = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  await run((q, s) => s.end('hello'), G);
  await run((q, s) => { s.write('a'); s.end('b'); }, G);
  await run((q, s) => s.end('hello'), 'GET / HTTP/1.0\r\n\r\n');
  await run((q, s) => s.end('hello'), 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
  await run((q, s) => { s.removeHeader('content-length'); s.removeHeader('transfer-encoding'); s.write('a'); s.end('b'); }, G);
  await run((q, s) => { s.setHeader('x-u', ['a','b']); s.setHeader('x-v', ['a','b']); s.end(); }, G, { uniqueHeaders: ['x-u'] });
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nHost: x\r\n\r\n');
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\n\r\n');
  await run((q, s) => { s.writeHead(204); s.end(); }, G);
  await run((q, s) => { s.statusCode = 304; s.setHeader('transfer-encoding', 'chunked'); s.end('x'); }, G);
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n');
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: foo\r\n\r\n');
  await run((q, s) => { s.end(); }, 'GARBAGE\r\n\r\n');
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n');
  await run((q, s) => { s.writeHead(200, ['A', '1', 'B', '2']); s.end(); }, G);
  await run((q, s) => { s.writeHead(200, [['A', '1'], ['B', '2']]); s.end(); }, G);
  await run((q, s) => { s.setHeader('Content-Disposition', 'attachment; filename="é"'); s.setHeader('content-length', 1); s.end('x'); }, G);
  await run((q, s) => { s.writeHead(200, {'Transfer-Encoding': 'chunked', Trailer: 'X'}); s.addTrailers({X: 'y'}); s.end('x'); }, G);
  await run((q, s) => { s.writeEarlyHints({link: ['</a>; rel=preload', '</b>'], 'x-y': 'z'}); s.writeProcessing(); s.end(); }, G);
  await run((q, s) => { s.end(); }, 'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n');
  await run((q, s) => { s.end('abc'); }, 'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n');
  await run((q, s) => { s.end(q.url); }, 'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n');
  await run((q, s) => { s.end(q.url); }, G+G+G, { maxRequestsPerSocket: 2 });
})();
