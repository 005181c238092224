// writeEarlyHints (103 with Link and extra headers), writeProcessing (102)
// and writeContinue (100) reach the client as 'information' events before
// the response.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>'], 'x-hint': '1' });
  assert.throws(() => res.writeEarlyHints({ link: 'nonsense' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => res.writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  res.writeProcessing();
  res.end('done');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const infos = [];
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.deepStrictEqual(infos.map((i) => i.statusCode), [103, 102]);
    assert.strictEqual(infos[0].statusMessage, 'Early Hints');
    assert.strictEqual(infos[0].headers.link, '</a.css>; rel=preload; as=style, </b.js>');
    assert.strictEqual(infos[0].headers['x-hint'], '1');
    assert.strictEqual(infos[1].httpVersion, '1.1');
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
  req.on('information', (info) => infos.push(info));
}));
