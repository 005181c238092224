// options.signal: aborting closes the socket ('close' on a later tick); an
// already-aborted signal closes it at once; a non-signal throws
// ERR_INVALID_ARG_TYPE.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket({ type: 'udp4', signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', common.mustCall());
s.bind(0, '127.0.0.1', common.mustCall(() => {
  ac.abort();
  assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}));

const pre = dgram.createSocket({ type: 'udp6', signal: AbortSignal.abort() });
pre.on('close', common.mustCall());
assert.throws(() => pre.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
