// Exact bytes of more server responses: maxRequestsPerSocket, Connection
// and Keep-Alive handling, status messages, cookies, flushHeaders, encodings,
// request bodies and trailers, parse errors after a response.
'use strict';
const http = require('http');
const net = require('net');

function run(handler, reqs, opts = {}, setup) {
  return new Promise((resolve) => {
    const server = http.createServer(opts, handler);
    if (setup) setup(server);
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.on('data', (d) => out += d.toString('latin1'));
      c.on('end', () => { console.log(JSON.stringify(out.replace(/Date: [^\r]*/g, 'Date: X'))); server.close(); resolve(); });
      c.on('error', (e) => console.log('client error', e.code));
      c.write(reqs);
      setTimeout(() => c.end(), 100);
    });
  });
}
(async () => {
  const G = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  await run((q, s) => s.end(q.url), G+G+G, {}, (s) => { s.maxRequestsPerSocket = 2; s.on('dropRequest', () => console.log('drop')); });
  await run((q, s) => s.end('x'), 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await run((q, s) => s.end('x'), G, {keepAliveTimeout: 0});
  await run((q, s) => s.end('x'), G, {keepAliveTimeout: 1500});
  await run((q, s) => { s.setHeader('Connection', 'close'); s.end('x'); }, G);
  await run((q, s) => { s.setHeader('Keep-Alive', 'timeout=3'); s.end('x'); }, G);
  await run((q, s) => { s.removeHeader('Connection'); s.end('x'); }, G);
  await run((q, s) => { s.sendDate = false; s.statusMessage = 'Yo'; s.end('x'); }, G);
  await run((q, s) => { s.writeHead(200, 'Fine', {'Content-Type': 'text/plain'}); s.end(Buffer.from('x')); }, G);
  await run((q, s) => { s.setHeader('Set-Cookie', ['a=1', 'b=2']); s.setHeader('Cookie', ['a=1', 'b=2']); s.end(); }, G);
  await run((q, s) => { s.writeHead(299); s.end(); }, G);
  await run((q, s) => { s.flushHeaders(); s.end('abc'); }, G);
  await run((q, s) => { s.write(''); s.end(); }, G);
  await run((q, s) => { s.end(''); }, G);
  await run((q, s) => { s.write('abcd', 'hex'); s.end(); }, G);
  await run((q, s) => { s.end('ab', 'hex'); }, G);
  await run((q, s) => { s.end('é'); }, G);
  await run((q, s) => { q.on('data', d => console.log('data', String(d))); q.on('end', () => s.end('done')); }, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc');
  await run((q, s) => { q.on('data', d => console.log('data', String(d))); q.on('end', () => { console.log(q.trailers, q.rawTrailers); s.end('done'); }); }, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n');
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', {}, (s) => s.on('clientError', (e, sock) => console.log('ce', e.code)));
  await run((q, s) => { s.end(); }, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab');
})();
