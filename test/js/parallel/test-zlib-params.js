// params(level, strategy) changes compression mid-stream after a sync flush;
// the output stays one valid stream. Gzip and brotli take no new
// parameters, as in node.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.alloc(200000, 'abcdefgh');

function compress(ctor, before, cb) {
  const s = ctor({ level: 9 });
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', () => cb(Buffer.concat(out)));
  before(s);
}

compress(zlib.createDeflate, (s) => {
  s.write(data);
  s.params(0, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
    assert.strictEqual(s._level, 0);
    s.end(data);
  }));
}, common.mustCall((out) => {
  // The second half is stored: the output holds at least its bytes.
  assert.ok(out.length > data.length, String(out.length));
  assert.ok(zlib.inflateSync(out).equals(Buffer.concat([data, data])));
}));

compress(zlib.createDeflateRaw, (s) => {
  s.params(0, 0, common.mustCall(() => s.end(data)));
}, common.mustCall((out) => {
  assert.ok(out.length > data.length);
  assert.ok(zlib.inflateRawSync(out).equals(data));
}));

compress(zlib.createGzip, (s) => {
  s.params(0, 0, common.mustCall(() => s.end(data)));
}, common.mustCall((out) => {
  assert.ok(out.length < 1000, String(out.length));
  assert.ok(zlib.gunzipSync(out).equals(data));
}));

compress(zlib.createDeflate, (s) => {
  s.params(1, zlib.constants.Z_HUFFMAN_ONLY, common.mustCall(() => s.end(data)));
}, common.mustCall((out) => assert.ok(zlib.inflateSync(out).equals(data))));

{
  // Same values: the callback runs on the next tick without a flush.
  const s = zlib.createDeflate({ level: 3 });
  let sync = true;
  s.params(3, 0, common.mustCall(() => {
    assert.strictEqual(sync, false);
    s.close();
  }));
  sync = false;
}

assert.throws(() => zlib.createDeflate().params(10, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "level" is out of range. It must be >= -1 and <= 9. Received 10',
});
assert.throws(() => zlib.createDeflate().params(1, 9), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.createDeflate().params('1', 0), { code: 'ERR_INVALID_ARG_TYPE' });
