// options.lookup resolves bind, send and connect addresses (family 4 for
// udp4, 6 for udp6; empty send address means the loopback address); its
// errors go to the send/connect callback, else to 'error'. A lookup that is
// not a function throws ERR_INVALID_ARG_TYPE.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const calls = [];
function lookup(host, family, cb) {
  calls.push(`${host}/${family}`);
  if (host === 'bad.test') {
    const err = new Error('getaddrinfo ENOTFOUND bad.test');
    err.code = 'ENOTFOUND';
    return process.nextTick(cb, err);
  }
  process.nextTick(cb, null, '127.0.0.1', 4);
}
const s = dgram.createSocket({ type: 'udp4', lookup });
s.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'via name');
  s.send('x', s.address().port, 'bad.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    s.once('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ENOTFOUND');
      s.connect(1234, 'bad.test', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOTFOUND');
        assert.deepStrictEqual(calls, ['good.test/4', 'good.test/4', 'bad.test/4',
                                       'bad.test/4', 'bad.test/4']);
        s.close();
      }));
    }));
    s.send('y', s.address().port, 'bad.test');
  }));
}));
s.bind(0, 'good.test', common.mustCall(() => {
  s.send('via name', s.address().port, 'good.test');
}));
