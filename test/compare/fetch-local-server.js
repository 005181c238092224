// fetch() against a local server, printing what node prints: the request the
// server saw (raw header order and casing), response fields and headers
// (Date masked, port masked), redirects, decompression, and the errors'
// messages and causes.
'use strict';
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    switch (url.pathname) {
      case '/redirect':
        res.writeHead(Number(url.searchParams.get('s')), { location: '/echo' });
        res.end('moving');
        return;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip', 'X-Cased-Name': 'v' });
        res.end(zlib.gzipSync('compressed text'));
        return;
      case '/cut':
        res.writeHead(200, { 'content-length': '50' });
        res.write('only part');
        setTimeout(() => res.socket.destroy(), 10);
        return;
      case '/none':
        res.writeHead(304);
        res.end();
        return;
    }
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, raw: req.rawHeaders, body }));
  });
});

const mask = (s) => String(s).replaceAll(String(server.address().port), 'PORT');
const headersOf = (res) => [...res.headers].filter(([k]) => k !== 'date');

async function show(label, path, init) {
  const url = path.includes(':') ? path : `http://127.0.0.1:${server.address().port}${path}`;
  try {
    const res = await fetch(url, init);
    console.log(label, res.status, JSON.stringify(res.statusText), mask(res.url), res.redirected,
                res.type, res.ok, res.body === null ? 'no body' : 'body');
    console.log(' ', mask(JSON.stringify(headersOf(res))));
    console.log(' ', mask(await res.text()));
  } catch (err) {
    const cause = err.cause;
    console.log(label, err.name, JSON.stringify(err.message),
                cause ? `${cause.name} ${JSON.stringify(cause.message)} ${cause.code}` : '');
  }
}

server.listen(0, '127.0.0.1', async () => {
  await show('get', '/echo?q=1#hash');
  await show('post', '/echo', {
    method: 'POST', body: 'payload', headers: { 'X-One': '1', 'x-one': '2', Accept: 'a/b' },
  });
  await show('put-empty', '/echo', { method: 'PUT' });
  await show('form', '/echo', { method: 'POST', body: new URLSearchParams('a=1&b=2') });
  await show('head', '/echo', { method: 'HEAD' });
  await show('304', '/none');
  await show('gzip', '/gzip');
  {
    // util.inspect of a fetched Response: header names as the server sent them.
    const res = await fetch(`http://127.0.0.1:${server.address().port}/gzip`);
    const text = require('util').inspect(res).replace(/date: '[^']*'/i, "date: 'DATE'");
    console.log(mask(text));
    await res.text();
  }
  for (const s of [301, 302, 303, 307, 308]) {
    await show(`redirect ${s}`, `/redirect?s=${s}`, { method: 'POST', body: 'b' });
  }
  await show('manual', '/redirect?s=302', { redirect: 'manual' });
  await show('error', '/redirect?s=302', { redirect: 'error' });
  await show('bad port', 'http://127.0.0.1:10080/');
  await show('scheme', 'gopher://x/');
  await show('data', 'data:text/plain;base64,aGk=');
  await show('header', '/echo', { headers: { 'keep-alive': '1' } });
  await show('cut', '/cut');
  server.close();
});
