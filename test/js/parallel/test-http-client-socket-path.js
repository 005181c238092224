// socketPath sends the request over a Unix socket.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const os = require('os');
const path = require('path');
const fs = require('fs');

const sock = path.join(os.tmpdir(), `eddy-http-${process.pid}.sock`);
try { fs.unlinkSync(sock); } catch {}

const server = http.createServer(common.mustCall((req, res) => res.end(req.url)));
server.listen(sock, common.mustCall(() => {
  http.get({ socketPath: sock, path: '/over-unix' }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, '/over-unix');
      server.close();
    }));
  }));
}));
