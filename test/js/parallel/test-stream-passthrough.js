'use strict';
// PassThrough forwards every chunk unchanged, and is a Transform, a Duplex,
// a Readable and (by duck typing) a Writable.
const assert = require('node:assert');
const { PassThrough, Transform, Duplex, Readable, Writable } = require('node:stream');
const common = require('../../common');

const p = new PassThrough();
assert.ok(p instanceof Transform && p instanceof Duplex && p instanceof Readable);
assert.ok(p instanceof Writable);
const chunks = [];
p.on('data', (d) => chunks.push(String(d)));
p.on('end', common.mustCall(() => assert.deepStrictEqual(chunks, ['1', '2'])));
p.write('1');
p.end('2');

// Called without new.
const q = PassThrough({ objectMode: true });
assert.ok(q instanceof PassThrough);
q.end({ o: 1 });
q.on('data', common.mustCall((d) => assert.deepStrictEqual(d, { o: 1 })));
