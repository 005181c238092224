// ServerResponse and request events around end(): prefinish inside end(),
// writableFinished, finish, the end() callback, close, then the request's
// end and close; writeHead's merge of an odd raw array is refused.
'use strict';
const http = require('http');
const events = [];
const server = http.createServer((req, res) => {
  res.on('prefinish', () => events.push('prefinish'));
  res.on('finish', () => events.push('finish:' + res.writableFinished));
  res.on('close', () => events.push('close'));
  req.on('end', () => events.push('req-end'));
  req.on('close', () => { events.push('req-close'); console.log(events.join(' ')); });
  res.end('bye', () => events.push('end-cb'));
  events.push('after-end:' + res.writableFinished);
  try { res.setHeader('a', 'b'); } catch (e) { events.push(e.code); }
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
const r = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
r.setHeader('X-A', 'old');
r.setHeader('X-Keep', 'k');
try { r.writeHead(200, ['X-A', '1', 'X-B']); } catch (e) { console.log(e.code, e.message); }
console.log(r.getHeaders());
r.writeHead(200, ['X-A', '1', 'X-A', '2']);
console.log(r._header.replace(/Date: [^\r]*/, 'Date: X'));
