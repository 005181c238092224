// Program errors on a live response and request: invalid header names and
// values through every setter, bad status codes and messages, double
// writeHead, writes after end; thrown errors' name, code and message,
// what each leaves behind, and the server serving the next request.
'use strict';
const http = require('http');

function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r === 'object' ? r.constructor.name : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const desc = (e) => (e ? `${e.code} ${JSON.stringify(e.message)}` : String(e));

const cases = {
  '/names'(req, res) {
    t('setHeader space', () => res.setHeader('a b', '1'));
    t('setHeader empty', () => res.setHeader('', '1'));
    t('setHeader colon', () => res.setHeader('a:b', '1'));
    t('setHeader latin1', () => res.setHeader('x\u00e9', '1'));
    t('setHeader number', () => res.setHeader(5, '1'));
    t('appendHeader space', () => res.appendHeader('a b', '1'));
    t('setHeaders map', () => res.setHeaders(new Map([['a b', '1']])));
    t('getHeaderNames', () => res.getHeaderNames().join(','));
    res.end('names');
  },
  '/values'(req, res) {
    t('CRLF', () => res.setHeader('x', 'a\r\nb'));
    t('LF', () => res.setHeader('x', 'a\nb'));
    t('NUL', () => res.setHeader('x', 'a\0b'));
    t('wide char', () => res.setHeader('x', 'a\u0100b'));
    t('undefined', () => res.setHeader('x', undefined));
    t('array with bad', () => res.setHeader('x', ['ok', 'b\nad']));
    t('append bad', () => res.appendHeader('x', 'a\rb'));
    t('number ok', () => res.setHeader('x-n', 5));
    t('tab ok', () => res.setHeader('x-t', 'a\tb'));
    t('latin1 ok', () => res.setHeader('x-l', 'caf\u00e9'));
    res.end('values');
  },
  '/writeHead-bad'(req, res) {
    t('writeHead bad name', () => res.writeHead(200, { 'a b': '1' }));
    console.log('headersSent', res.headersSent);
    t('writeHead bad value', () => res.writeHead(200, { x: 'a\nb' }));
    console.log('headersSent', res.headersSent);
    t('writeHead bad array', () => res.writeHead(200, ['x', 'a\nb']));
    t('writeHead odd array', () => res.writeHead(200, ['x']));
    t('writeHead status 99', () => res.writeHead(99));
    t('writeHead status 600', () => res.writeHead(600));
    t('writeHead status string', () => res.writeHead('200'));
    t('writeHead message', () => res.writeHead(200, 'a\r\nb'));
    console.log('headersSent', res.headersSent);
    t('writeHead good', () => res.writeHead(202, { 'x-ok': '1' }));
    t('writeHead again', () => res.writeHead(200));
    t('setHeader after', () => res.setHeader('x', '1'));
    t('removeHeader after', () => res.removeHeader('x-ok'));
    t('statusCode after', () => { res.statusCode = 500; return res.statusCode; });
    res.end('after-bad');
  },
  '/statusCode'(req, res) {
    res.statusCode = 99;
    t('end with statusCode 99', () => res.end('x'));
    console.log('headersSent', res.headersSent, 'writableEnded', res.writableEnded);
    res.statusCode = 200;
    res.statusMessage = 'bad\nmsg';
    t('end with bad statusMessage', () => res.end('x'));
    res.statusMessage = 'Fine';
    t('end fixed', () => res.end('status'));
  },
  '/body'(req, res) {
    t('write number', () => res.write(5));
    t('write null', () => res.write(null));
    t('write object', () => res.write({}));
    t('end number', () => res.end(5));
    t('write bad encoding', () => res.write('x', 'nope'));
    t('write empty', () => res.write(''));
    res.on('error', (e) => console.log('res error', desc(e)));
    res.end('body', () => console.log('end cb'));
    t('write after end', () => res.write('x', (e) => console.log('write cb', desc(e))));
    t('end after end', () => res.end((e) => console.log('end2 cb', desc(e))));
    t('end data after end', () => res.end('y', (e) => console.log('end3 cb', desc(e))));
    t('writeHead after end', () => res.writeHead(200));
    t('flushHeaders after end', () => res.flushHeaders());
  },
  '/trailers'(req, res) {
    res.writeHead(200, { 'Transfer-Encoding': 'chunked', Trailer: 'x-t' });
    t('trailer bad name', () => res.addTrailers({ 'a b': '1' }));
    t('trailer bad value', () => res.addTrailers({ 'x-t': 'a\nb' }));
    t('trailer array bad', () => res.addTrailers([['x-t', 'a\rb']]));
    res.addTrailers({ 'x-t': 'fine' });
    res.end('trailers');
  },
};

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => body += d);
      res.on('end', () => {
        const h = Object.entries(res.headers).filter(([k]) => !['date', 'connection', 'keep-alive'].includes(k));
        console.log(`<- ${path} ${res.statusCode} ${res.statusMessage} ${JSON.stringify(h)} ${JSON.stringify(body)} ${JSON.stringify(res.trailers)}`);
        resolve();
      });
    }).on('error', (e) => { console.log(`<- ${path} error ${e.code}`); resolve(); });
  });
}

function clientSide(port) {
  t('request header CRLF', () => http.request({ port, headers: { x: 'a\r\nb' } }));
  t('request header name', () => http.request({ port, headers: { 'a b': '1' } }));
  t('request path space', () => http.request({ port, path: '/a b' }));
  t('request path ctl', () => http.request({ port, path: '/a\x01' }));
  t('request method', () => http.request({ port, method: 'G T' }));
  t('request method number', () => http.request({ port, method: 5 }));
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/names', agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    t('client setHeader bad', () => req.setHeader('x', 'a\nb'));
    req.end();
    t('client setHeader after end', () => req.setHeader('x', '1'));
    req.on('error', (e) => console.log('client req error', desc(e)));
    t('client write after end', () => req.write('x', (e) => console.log('client write cb', desc(e))));
  });
}

const server = http.createServer((req, res) => {
  console.log(`-> ${req.url}`);
  cases[req.url](req, res);
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(cases)) await get(port, path);
  await clientSide(port);
  await get(port, '/names');
  server.close();
});
