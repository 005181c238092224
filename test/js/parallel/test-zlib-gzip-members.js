// Gunzip and Unzip read concatenated gzip members and stop quietly at zero
// padding; Unzip tells gzip from zlib data by its first bytes, even when
// they arrive one at a time; other decoders stop at the end of their stream.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const a = zlib.gzipSync('first member ');
const b = zlib.gzipSync('second member');
const both = Buffer.concat([a, b]);
assert.strictEqual(zlib.gunzipSync(both).toString(), 'first member second member');
assert.strictEqual(zlib.unzipSync(both).toString(), 'first member second member');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(16)])).toString(), 'first member ');
assert.throws(() => zlib.gunzipSync(Buffer.concat([a, Buffer.from('junk')])), {
  code: 'Z_DATA_ERROR', message: 'incorrect header check',
});
// A zlib stream followed by anything: the rest is ignored.
const z = zlib.deflateSync('zlib data');
assert.strictEqual(zlib.inflateSync(Buffer.concat([z, Buffer.from('trailing')])).toString(), 'zlib data');
assert.strictEqual(zlib.unzipSync(Buffer.concat([z, z])).toString(), 'zlib data');
assert.strictEqual(zlib.unzipSync(z).toString(), 'zlib data');

// Byte by byte through streams, members split anywhere.
function feed(stream, data, cb) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (s) => { text += s; });
  stream.on('end', () => cb(text));
  for (let i = 0; i < data.length; i++) stream.write(data.subarray(i, i + 1));
  stream.end();
}
feed(zlib.createGunzip(), both, common.mustCall((t) => {
  assert.strictEqual(t, 'first member second member');
}));
feed(zlib.createUnzip(), both, common.mustCall((t) => {
  assert.strictEqual(t, 'first member second member');
}));
feed(zlib.createUnzip(), z, common.mustCall((t) => assert.strictEqual(t, 'zlib data')));

// Many members in one write, and a member boundary on a write boundary.
const many = Buffer.concat(Array.from({ length: 50 }, (_, i) => zlib.gzipSync(`<${i}>`)));
assert.strictEqual(zlib.gunzipSync(many).toString(),
                   Array.from({ length: 50 }, (_, i) => `<${i}>`).join(''));
const g = zlib.createGunzip();
let text = '';
g.setEncoding('utf8');
g.on('data', (s) => { text += s; });
g.on('end', common.mustCall(() => assert.strictEqual(text, 'first member second member')));
g.write(a);
g.write(b);
g.end();
