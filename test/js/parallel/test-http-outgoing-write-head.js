// writeHead with a reason phrase, an object, an array of pairs or a flat
// raw array, merged with setHeader() values (writeHead's replace them in
// place, the last of a repeated name winning, as node 20 does); unknown
// codes get the reason 'unknown'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const cases = {
  '/object': (res) => res.writeHead(201, 'Made', { 'X-A': '1', 'X-B': ['2', '3'] }),
  '/pairs': (res) => res.writeHead(202, [['X-A', '1'], ['X-A', '2']]),
  '/flat': (res) => res.writeHead(203, ['X-A', '1', 'X-B', '2']),
  '/merge': (res) => {
    res.setHeader('X-A', 'old');
    res.setHeader('X-Keep', 'kept');
    res.writeHead(200, ['X-A', 'new1', 'X-A', 'new2']);
  },
  '/unknown': (res) => res.writeHead(299),
};
const expected = {
  '/object': [201, 'Made', ['X-A', '1', 'X-B', '2', 'X-B', '3']],
  '/pairs': [202, 'Accepted', ['X-A', '1', 'X-A', '2']],
  '/flat': [203, 'Non-Authoritative Information', ['X-A', '1', 'X-B', '2']],
  '/merge': [200, 'OK', ['X-A', 'new2', 'X-Keep', 'kept']],
  '/unknown': [299, 'unknown', []],
};

const server = http.createServer((req, res) => {
  cases[req.url](res);
  res.end();
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  for (const path of Object.keys(cases)) {
    await new Promise((resolve) => {
      http.get({ port: server.address().port, host: '127.0.0.1', path }, common.mustCall((res) => {
        const [code, message, headers] = expected[path];
        assert.strictEqual(res.statusCode, code);
        assert.strictEqual(res.statusMessage, message);
        const raw = res.rawHeaders.filter((v, i, a) => /^X-/.test(i % 2 ? a[i - 1] : v));
        assert.deepStrictEqual(raw, headers, path);
        res.resume();
        res.on('end', resolve);
      }));
    });
  }
  server.close();
}));
