// Data compressed by node 20 decompresses here, and small inputs compress to
// the same bytes node produces (its zlib differs from the system one only in
// the match finder, which does not matter for inputs this small).
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

// Produced by node 20 from `text` below.
let text = '';
for (let i = 0; i < 40; i++) text += `line ${i}: the quick brown fox ${i * 7919 % 1000} jumps\n`;
const fromNode = {
  gzip: 'H4sIAAAAAAAAA3XUS04DMAyE4T2nyBHiR2Kb44CKKJSWV1WOj1ggZaTM/l/NJ/t0PB9av2/fz4f2cT0+vraHz8vt3J4uP623l+vb+9fd6a+RfVNSa6X7Ki3XyvZVjFgr31cz5lqNfTVqrNUklfhaxb5ys7XKfWVD16r2lYbAqmR6KRyfrC8d1hcyv8L6QuYvh/mF7J8T9hcCEAkAQgSig4AQgqlAIMRgOBgIQfAJCEoQLAFBCYIWngBDEFBQoiAGCkoUBiAoQagABCUIWYCgBCEFEJQghAGCEoQ5AMEIwghAMILgCQhGELzjIyIIpoBgBEEdFIwoyAQFYwqAYAQBCIwQlAKBEYL0f4Jf+DifowcGAAA=',
  deflate9: 'eNp11EtOAzAMhOE9p8gRYjuObY4DKqJQWl5VOT5igZSRMvtfijSfnNPxfGj9vn0/H9rH9fj42h4+L7dze7r8tN5erm/vX3env0b2TUmtle6rtFwr21fhsVZjX82Ya+X7ysvXapJKxlrFvhpma5X7ylzXqvaVhsCqZHopHJ+sLx3WFzK/wvpC5q8B8wvZPyfsLwQgEgCECEQHASEEU4FAiIEPMBCCMCYgKEGwBAQlCFp4AgxBQEGJghgoKFFwQFCCUAEIShCyAEEJQgogKEEIAwQlCNMBwQiCByAYQRgJCEYQRsePiCCYAoIRBB2gYERBJigYUwAEIwhAYISgFAis2Iv/BL/fVf2V',
  raw: 'ddFJTgMwEETRPafwEdyD3d0cBxREICRMUTg+YoHkklz7v/rvdDwfWr9v38+H9nE9Pr62h8/L7dyeLj+tt5fr2/vX3emvkX1TUmul+yot18r2VYxYK99XM+ZajX01aqzVJJX4WsW+crO1yn1lQ9eq9pWGrJWQ9VI4n9yXDveF7Fe4L2R/OewX8j8n/BcCEAkAQgSig4AQgqlAIMRgOBgIQfAJCEoQLAFBCYIWIChDEFBQoiAGCkoUBiAoQagABCUIWYCgBCEFEJQghAGCEoQ5AMEIwghAMILgCQhGELwDghEEU0AwgqAOCkYUZIKCMQVAMIIABEYISoHACEH6P8Ev',
  br: 'GwYGoBypU5+7UTpcqewJ2XwEJsVaAWQOT7zR83aSWJVGflJ5pi1gsWIFO8BNThbhZHswoVNMEV2F1/f7OPK+jD7/fd8wT7QAtsMlMKsFpSk404EkF5kBQ2MJNgrhwuIPvCjuCeY74MoF2s8F7s5A2o3MfIZ2KNjGhIsHJ/iqfYDyTjixoEIFrxmQ/Row3bN0QrCtCJcJTug1fYB6TzjfgioWXHogxQRmXYP+bkA0j6JjDQ==',
};

assert.strictEqual(zlib.gunzipSync(Buffer.from(fromNode.gzip, 'base64')).toString(), text);
assert.strictEqual(zlib.unzipSync(Buffer.from(fromNode.gzip, 'base64')).toString(), text);
assert.strictEqual(zlib.inflateSync(Buffer.from(fromNode.deflate9, 'base64')).toString(), text);
assert.strictEqual(zlib.unzipSync(Buffer.from(fromNode.deflate9, 'base64')).toString(), text);
assert.strictEqual(zlib.inflateRawSync(Buffer.from(fromNode.raw, 'base64')).toString(), text);
assert.strictEqual(zlib.brotliDecompressSync(Buffer.from(fromNode.br, 'base64')).toString(), text);
zlib.gunzip(Buffer.from(fromNode.gzip, 'base64'), common.mustSucceed((b) => {
  assert.strictEqual(b.toString(), text);
}));
zlib.brotliDecompress(Buffer.from(fromNode.br, 'base64'), common.mustSucceed((b) => {
  assert.strictEqual(b.toString(), text);
}));
assert.strictEqual(zlib.crc32(text), 2745121016);

// Byte-identical output for small inputs: node 20's bytes.
const inputs = { empty: '', one: 'a', hello: 'hello world', abc: 'abc'.repeat(100) };
const expected = {
  empty: {
    deflate1: 'eAEDAAAAAAE=', deflate6: 'eJwDAAAAAAE=', deflate9: 'eNoDAAAAAAE=',
    gzip: 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=', raw: 'AwA=', br: 'Ow==', br5: 'Ow==',
  },
  one: {
    deflate1: 'eAFLBAAAYgBi', deflate6: 'eJxLBAAAYgBi', deflate9: 'eNpLBAAAYgBi',
    gzip: 'H4sIAAAAAAAAA0sEAEO+t+gBAAAA', raw: 'SwQA', br: 'CwCAYQM=', br5: 'CwCAYQM=',
  },
  hello: {
    deflate1: 'eAHLSM3JyVcozy/KSQEAGgsEXQ==', deflate6: 'eJzLSM3JyVcozy/KSQEAGgsEXQ==',
    deflate9: 'eNrLSM3JyVcozy/KSQEAGgsEXQ==',
    gzip: 'H4sIAAAAAAAAA8tIzcnJVyjPL8pJAQCFEUoNCwAAAA==', raw: 'y0jNyclXKM8vykkBAA==',
    br: 'CwWAaGVsbG8gd29ybGQD', br5: 'GwoAACRAapBFavKcLg==',
  },
  abc: {
    deflate1: 'eAFLTEpOHEXEhQAAiE1y2Q==', deflate6: 'eJxLTEpOHEXEIQCITXLZ',
    deflate9: 'eNpLTEpOHEXEIQCITXLZ', gzip: 'H4sIAAAAAAAAA0tMSk4cRcQhAIS4xNAsAQAA',
    raw: 'S0xKThxFxCEA', br: 'GysB+CXDxMZisyBgrAE=', br5: 'GysBACTDxMZisyDGGg==',
  },
};
const q5 = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };
for (const [name, input] of Object.entries(inputs)) {
  const e = expected[name];
  const b64 = (b) => b.toString('base64');
  assert.strictEqual(b64(zlib.deflateSync(input, { level: 1 })), e.deflate1, name);
  assert.strictEqual(b64(zlib.deflateSync(input)), e.deflate6, name);
  assert.strictEqual(b64(zlib.deflateSync(input, { level: 9 })), e.deflate9, name);
  assert.strictEqual(b64(zlib.gzipSync(input)), e.gzip, name);
  assert.strictEqual(b64(zlib.deflateRawSync(input)), e.raw, name);
  assert.strictEqual(b64(zlib.brotliCompressSync(input)), e.br, name);
  assert.strictEqual(b64(zlib.brotliCompressSync(input, q5)), e.br5, name);
  zlib.gzip(input, common.mustSucceed((b) => assert.strictEqual(b64(b), e.gzip, name)));
}
