// A client that goes away mid-body (FIN or RST; Content-Length or chunked
// body; before or after the response started; with or without a
// clientError listener): the order of the events on the request, the
// response and the socket.
'use strict';
const http = require('http');
const net = require('net');

function run(mode, listen) {
  return new Promise((resolve) => {
    const ev = [];
    let client;
    const server = http.createServer((req, res) => {
      ev.push('handler');
      req.on('data', (d) => {
        ev.push('data ' + d);
        if (mode === 'reset') client.resetAndDestroy();
        else client.end();
      });
      req.on('end', () => ev.push('end'));
      req.on('aborted', () => ev.push(`aborted ${req.aborted} ${req.complete} ${req.destroyed}`));
      req.on('error', (e) => ev.push(`req error ${e.code} ${e.message}`));
      req.on('close', () => ev.push('req close'));
      res.on('close', () => ev.push(`res close ${res.writableEnded} ${res.writableFinished} ${res.destroyed}`));
      res.on('finish', () => ev.push('res finish'));
      res.on('error', (e) => ev.push('res error ' + e.code));
      req.socket.on('close', () => ev.push('socket close'));
      req.socket.on('error', (e) => ev.push('socket error ' + e.code));
      if (mode === 'streaming') res.write('partial');
    });
    if (listen) {
      server.on('clientError', (e, s) => {
        ev.push(`clientError ${e.code} ${s.destroyed}`);
        s.destroy();
      });
    }
    server.listen(0, '127.0.0.1', () => {
      client = net.connect(server.address().port, '127.0.0.1');
      client.on('error', () => {});
      client.resume();
      if (mode === 'chunked') {
        client.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab');
      } else {
        client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
      }
      client.on('close', () => setTimeout(() => {
        console.log(`== ${mode}${listen ? ' with clientError listener' : ''}\n  ${ev.join('\n  ')}`);
        server.close();
        resolve();
      }, 50));
    });
  });
}

(async () => {
  for (const mode of ['length', 'chunked', 'reset', 'streaming']) {
    await run(mode, false);
    await run(mode, true);
  }
})();
