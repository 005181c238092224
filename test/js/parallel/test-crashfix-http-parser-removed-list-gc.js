// Flags: --expose-gc
'use strict';
// A parser removed from its server's ConnectionsList (parser.remove()) still
// remembers the list; once the server is gone and collected, parsing a new
// message must not touch the freed list (it used to be a use-after-free).
const assert = require('node:assert');
const http = require('node:http');
const { HTTPParser } = require('node:_http_common');

const parser = new HTTPParser();
let server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const sym = Object.getOwnPropertySymbols(server)
    .find((s) => String(s).includes('connections)'));
  assert.ok(sym, 'the server has a connections list');
  parser.initialize(HTTPParser.REQUEST, {}, 0, 0, server[sym]);
  parser.remove();
  server.close(() => {
    server = null;
    setTimeout(() => {
      globalThis.gc();
      globalThis.gc();
      let method;
      parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, m, url) => {
        method = m;
        assert.strictEqual(url, '/x');
      };
      const req = Buffer.from('GET /x HTTP/1.1\r\nHost: a\r\n\r\n');
      assert.strictEqual(parser.execute(req), req.length);
      assert.strictEqual(typeof method, 'number');
      parser.close();
    }, 10);
  });
});
