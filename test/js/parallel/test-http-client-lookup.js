// The lookup and family options are used to resolve the host name.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.headers.host));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  http.get({
    host: 'my.test', port, family: 4,
    lookup: common.mustCall((host, opts, cb) => {
      assert.strictEqual(host, 'my.test');
      assert.strictEqual(opts.family, 4);
      if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
      else cb(null, '127.0.0.1', 4);
    }),
  }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, `my.test:${port}`);
      server.close();
    }));
  }));
}));
