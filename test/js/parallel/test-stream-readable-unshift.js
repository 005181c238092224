'use strict';
// unshift() puts data back at the front of the queue; after 'end' it is an
// ERR_STREAM_UNSHIFT_AFTER_END_EVENT error.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
r.push('world');
const head = r.read(2);
assert.strictEqual(String(head), 'wo');
r.unshift(head);
r.unshift('hello ');
assert.strictEqual(String(r.read()), 'hello world');

// With an encoding set, unshifted strings stay strings.
const e = new Readable({ read() {}, encoding: 'utf8' });
e.push('bc');
e.unshift('a');
assert.strictEqual(e.read(), 'abc');

// Object mode.
const o = new Readable({ objectMode: true, read() {} });
o.push(2);
o.unshift(1);
assert.strictEqual(o.read(), 1);
assert.strictEqual(o.read(), 2);

const ended = new Readable({ read() {} });
ended.push(null);
ended.resume();
ended.on('end', common.mustCall(() => {
  ended.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
    assert.strictEqual(err.message, 'stream.unshift() after end event');
  }));
  ended.unshift('late');
}));
