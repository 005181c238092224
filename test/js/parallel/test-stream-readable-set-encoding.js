'use strict';
// setEncoding: multi-byte characters split across chunks are decoded whole;
// data queued before the call is re-decoded; readableEncoding reports it.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableEncoding, null);
assert.strictEqual(r.setEncoding('utf8'), r);
assert.strictEqual(r.readableEncoding, 'utf8');
const euro = Buffer.from('€');
r.push(euro.subarray(0, 1));
assert.strictEqual(r.readableLength, 0);
r.push(euro.subarray(1));
r.push('!');
assert.strictEqual(r.readableLength, 2);
assert.strictEqual(r.read(), '€!');

const h = new Readable({ read() {} });
h.push('hi');
h.setEncoding('hex');
assert.strictEqual(h.readableLength, 4);
assert.strictEqual(h.read(), '6869');

// The option form, and the decoder's tail flushed at the end.
const b = new Readable({ read() {}, encoding: 'base64' });
const parts = [];
b.on('data', (d) => parts.push(d));
b.on('end', common.mustCall(() => assert.strictEqual(parts.join(''), 'aGVsbG8=')));
b.push('hel');
b.push('lo');
b.push(null);

assert.throws(() => new Readable({ encoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });
