// send() takes strings, Buffers, TypedArrays, DataViews, arrays of them
// (sent as one datagram), and (buf, offset, length, ...) slices.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const expected = [
  'abc',
  'buffer',
  'u8',
  'dv',
  'one-two-three',
  'lic',
  '',
];
const server = dgram.createSocket('udp4');
const got = [];
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(rinfo.size, msg.length);
  got.push(msg.toString());
  if (got.length === expected.length) {
    assert.deepStrictEqual(got, expected);
    server.close();
    client.close();
  }
}, expected.length));
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const send = (...args) => client.send(...args, port, '127.0.0.1', common.mustSucceed());
  send('abc');
  send(Buffer.from('buffer'));
  send(new Uint8Array([117, 56]));
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab).set([0, 100, 118, 0]);
  send(new DataView(ab, 1, 2));
  send(['one', Buffer.from('-two-'), new Uint8Array(Buffer.from('three'))]);
  send(Buffer.from('slice'), 1, 3);
  send([]);
}));
