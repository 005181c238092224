// Malformed and hostile requests from a raw client, one connection each,
// against one server with a clientError listener (and the lenient parser
// with insecureHTTPParser): for each, the handler's view or the parse
// error (code, message, bytesParsed, rawPacket) and the bytes sent back.
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  ['bad method', 'G@T / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['lower method', 'get / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
  ['bad version2', 'GET / HTTQ/1.1\r\nHost: x\r\n\r\n'],
  ['http/2.0', 'GET / HTTP/2.0\r\nHost: x\r\n\r\n'],
  ['no version', 'GET /\r\nHost: x\r\n\r\n'],
  ['space in url', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['ctl in url', 'GET /a\x01b HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['empty url', 'GET  HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad header token', 'GET / HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n'],
  ['header tok @', 'GET / HTTP/1.1\r\nHost: x\r\nBa(d: y\r\n\r\n'],
  ['space before colon', 'GET / HTTP/1.1\r\nHost: x\r\nX-A : y\r\n\r\n'],
  ['no colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n'],
  ['ctl in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n'],
  ['nul in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n'],
  ['del in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x7fb\r\n\r\n'],
  ['bare CR in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n'],
  ['bare CR line end', 'GET / HTTP/1.1\rHost: x\r\n\r\n'],
  ['bare LF line end', 'GET / HTTP/1.1\nHost: x\n\n'],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'],
  ['leading space header', 'GET / HTTP/1.1\r\n X-A: a\r\nHost: x\r\n\r\n'],
  ['CL+TE', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['TE+CL', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['dup CL same', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc'],
  ['dup CL diff', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
  ['CL list', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc'],
  ['CL non-numeric', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
  ['CL negative', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
  ['CL plus', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc'],
  ['CL space inside', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1 2\r\n\r\nabc'],
  ['CL huge', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n'],
  ['TE xchunked', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['TE chunked,gzip', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['TE gzip,chunked', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['TE dup', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['TE identity', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\nabc'],
  ['TE in 1.0', 'POST / HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'],
  ['chunk size overflow', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\nabc\r\n0\r\n\r\n'],
  ['chunk no CRLF after data', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n'],
  ['chunk ext', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b\r\nabc\r\n0\r\n\r\n'],
  ['chunk size bare LF', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n'],
  ['chunk size space', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n'],
  ['two hosts', 'GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n'],
  ['no host', 'GET / HTTP/1.1\r\n\r\n'],
  ['absolute url', 'GET http://a/b HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['connect bad', 'CONNECT / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['empty header name', 'GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n'],
  ['tab in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\tb\r\n\r\n'],
  ['high byte value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\xe9b\r\n\r\n'],
  ['high byte name', 'GET / HTTP/1.1\r\nHost: x\r\nX-\xe9: b\r\n\r\n'],
  ['leading CRLF', '\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['garbage after', 'GET / HTTP/1.1\r\nHost: x\r\n\r\nXYZ\r\n\r\n'],
];

function makeServer(opts) {
  const server = http.createServer(opts, (req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => body += d);
    req.on('end', () => {
      server.events.push(`req ${req.method} ${JSON.stringify(req.url)} ${JSON.stringify(req.rawHeaders)} body=${JSON.stringify(body)}`);
      res.end('ok');
    });
  });
  server.events = [];
  server.on('clientError', (err, sock) => {
    server.events.push(`clientError ${err.code} ${JSON.stringify(err.message)} ${err.bytesParsed} ` +
                       `${err.rawPacket ? JSON.stringify(err.rawPacket.toString('latin1')) : '-'}`);
    if (sock.writable) sock.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else sock.destroy();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function run(server, label, raw) {
  return new Promise((resolve) => {
    server.events = [];
    const c = net.connect(server.address().port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => out += d.toString('latin1'));
    c.on('error', (e) => server.events.push('client ' + e.code));
    c.on('close', () => {
      console.log(`== ${label}\n  ${server.events.join('\n  ')}\n  out=${JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))}`);
      resolve();
    });
    c.write(Buffer.from(raw, 'latin1'));
    setTimeout(() => c.end(), 40);
  });
}

(async () => {
  for (const opts of [{}, { insecureHTTPParser: true }]) {
    console.log('### ' + JSON.stringify(opts));
    const server = await makeServer(opts);
    for (const [label, raw] of cases) await run(server, label, raw);
    server.close();
  }
})();
