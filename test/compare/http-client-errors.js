// Client-side failures as the program sees them: ECONNREFUSED, socket hang
// up, an aborted response, a parse error in the response, destroy() before
// a socket; each with its events in order.
'use strict';
const http = require('http');
const net = require('net');

function track(name, req) {
  for (const ev of ['socket', 'response', 'abort', 'close', 'finish']) {
    req.on(ev, () => console.log(name, ev));
  }
  req.on('error', (e) => console.log(name, 'error', e.code, e.message.replace(/:\d+$/, ':PORT')));
  return req;
}

const server = net.createServer((s) => {
  s.once('data', (d) => {
    const path = String(d).split(' ')[1];
    if (path === '/hangup') s.destroy();
    else if (path === '/partial') {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
      setTimeout(() => s.destroy(), 20);
    } else if (path === '/garbage') {
      s.end('HTTP/1.1 abc\r\n\r\n');
    }
  });
});

function run(path) {
  return new Promise((resolve) => {
    const req = track(path, http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false },
                                     (res) => {
                                       res.on('data', (d) => console.log(path, 'data', String(d)));
                                       res.on('aborted', () => console.log(path, 'res aborted'));
                                       res.on('error', (e) => console.log(path, 'res error', e.code, e.message));
                                       res.on('close', () => console.log(path, 'res close'));
                                     }));
    req.on('close', () => setTimeout(resolve, 30));
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('/hangup');
  await run('/partial');
  await run('/garbage');
  const d = track('destroyed', http.get({ port: server.address().port, host: '127.0.0.1' }));
  d.destroy();
  await new Promise((r) => d.on('close', () => setTimeout(r, 30)));
  const port = server.address().port;
  server.close(() => {
    const refused = track('refused', http.get({ port, host: '127.0.0.1' }));
    refused.on('close', () => console.log('done'));
  });
});
