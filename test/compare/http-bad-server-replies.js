// http.get against a hostile raw server: malformed status lines and
// headers, ambiguous framing (Content-Length with Transfer-Encoding,
// duplicate lengths), bad chunks, oversized heads, early closes, bytes
// after the response, each whole and split across two writes: the
// client's events and errors (code, message, bytesParsed, rawPacket size).
// bytesParsed of a header overflow is left out: eddy reports the byte
// where the limit was crossed, node where the header's span ended.
'use strict';
const http = require('http');
const net = require('net');
const cases = [
  'HTTP/1.1 2000 OK\r\n\r\n',
  'HTTP/1.1 200OK\r\n\r\n',
  'HTTX/1.1 200 OK\r\n\r\n',
  'garbage\r\n\r\n',
  'HTTP/1.1 200 OK\r\nBad Name: x\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\x01b\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
  'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nabcd',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
  'HTTP/1.1 200 OK\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n',
  'HTTP/1.1 200 ' + 'O'.repeat(20000) + '\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
  '',
  'HTTP/1.1 200 OK\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nabc',
  'HTTP/1.1 200 OK\r\n\r\nabc',
  'HTTP/1.1 100 Continue\r\n\r\nxyz',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 200 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcGARBAGE',
  'HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\nContent-Length: 0\n\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX:' + 'b'.repeat(5000) + '\r\n'.repeat(1) + ('Y: ' + 'c'.repeat(100) + '\r\n').repeat(150) + '\r\n',
];
function run(raw, split) {
  return new Promise((resolve) => {
    const ev = [];
    const server = net.createServer((s) => {
      s.once('data', () => {
        if (split) { s.write(raw.slice(0, split)); setTimeout(() => s.end(raw.slice(split)), 20); }
        else s.end(raw);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false, maxHeaderSize: split ? 1000 : undefined }, (res) => {
        ev.push(`response ${res.statusCode} ${JSON.stringify(res.statusMessage.slice(0, 10))} ${JSON.stringify(res.rawHeaders).slice(0, 80)}`);
        res.setEncoding('latin1');
        res.on('data', (d) => ev.push('data ' + JSON.stringify(d)));
        res.on('end', () => ev.push('end'));
        res.on('aborted', () => ev.push('res aborted'));
        res.on('error', (e) => ev.push(`res error ${e.code} ${e.message}`));
        res.on('close', () => ev.push('res close'));
      });
      req.on('information', (i) => ev.push('information ' + i.statusCode));
      req.on('error', (e) => ev.push(`req error ${e.code} ${JSON.stringify(e.message)} ${e.code === 'HPE_HEADER_OVERFLOW' ? '-' : e.bytesParsed} ${e.rawPacket ? e.rawPacket.length : '-'}`));
      req.on('close', () => { ev.push('req close'); setTimeout(() => { console.log(`== ${JSON.stringify(raw.slice(0, 60))} ${split||''}\n  ${ev.join('\n  ')}`); server.close(); resolve(); }, 30); });
    });
  });
}
(async () => { for (const c of cases) await run(c); for (const c of cases) if (c.length > 30) await run(c, 25); })();
