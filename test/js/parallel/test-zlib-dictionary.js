// Preset dictionaries: deflate/inflate and raw, sync and streaming; a
// missing or wrong dictionary fails with node's messages.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const dict = Buffer.from('GET POST HTTP/1.1 Host: Accept: Content-Type: application/json');
const msg = 'GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: application/json\r\n';

const withDict = zlib.deflateSync(msg, { dictionary: dict });
const without = zlib.deflateSync(msg);
assert.ok(withDict.length < without.length);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: dict }).toString(), msg);
assert.throws(() => zlib.inflateSync(withDict), {
  message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2,
});
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }), {
  message: 'Bad dictionary', code: 'Z_NEED_DICT', errno: 2,
});
// A dictionary as ArrayBuffer or other view.
const ab = dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: ab }).toString(), msg);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: new DataView(ab) }).toString(), msg);

// Raw deflate: both sides must use it; the stream has no marker.
const raw = zlib.deflateRawSync(msg, { dictionary: dict });
assert.strictEqual(zlib.inflateRawSync(raw, { dictionary: dict }).toString(), msg);
assert.throws(() => zlib.inflateRawSync(raw), { code: 'Z_DATA_ERROR' });

// Gzip ignores the dictionary.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(msg, { dictionary: dict })).toString(), msg);

// Streams, several messages through one compressor, and reset() keeps it.
const c = zlib.createDeflate({ dictionary: dict });
const d = zlib.createInflate({ dictionary: dict });
c.pipe(d);
let text = '';
d.setEncoding('utf8');
d.on('data', (s) => { text += s; });
d.on('end', common.mustCall(() => assert.strictEqual(text, msg + msg)));
c.write(msg);
c.end(msg);

const r = zlib.createDeflate({ dictionary: dict });
r.reset();
const parts = [];
r.on('data', (p) => parts.push(p));
r.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.inflateSync(Buffer.concat(parts), { dictionary: dict }).toString(), msg);
}));
r.end(msg);

zlib.inflate(withDict, common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_NEED_DICT');
  assert.strictEqual(err.message, 'Missing dictionary');
}));
