'use strict';
// Duplex.from() with web streams: a ReadableStream / WritableStream gives a
// one-sided Duplex over Readable.fromWeb / Writable.fromWeb; a
// { readable, writable } pair of web streams (a TransformStream) goes
// through Duplex.fromWeb; a mixed pair wraps each side.
const assert = require('node:assert');
const { Duplex, Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  {
    const d = Duplex.from(ReadableStream.from(['a', 'b']));
    assert.strictEqual(d.readable, true);
    assert.strictEqual(d.writable, false);
    assert.strictEqual(d.readableObjectMode, false);
    assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'ab');
  }
  {
    const got = [];
    const d = Duplex.from(new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } }));
    assert.strictEqual(d.readable, false);
    d.write('x');
    d.end('y');
    await new Promise((resolve) => d.on('finish', resolve));
    assert.deepStrictEqual(got, ['x', 'y']);
  }
  {
    const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c) + '!'); } });
    const d = Duplex.from(ts);
    assert.strictEqual(d.constructor, Duplex);
    d.end('t');
    assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 't!');
  }
  {
    const got = [];
    const d = Duplex.from({
      readable: Readable.from(['node']),
      writable: new WritableStream({ write(c) { got.push(Buffer.from(c).toString()); } }),
    });
    assert.strictEqual(d.readableObjectMode, true);
    d.end('web');
    assert.deepStrictEqual(await d.toArray(), ['node']);
    assert.deepStrictEqual(got, ['web']);
  }
  {
    const d = Duplex.from(new ReadableStream({ start(c) { c.error(new Error('rs boom')); } }));
    await new Promise((resolve) => d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'rs boom');
      resolve();
    })));
  }
  {
    const rs = new ReadableStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason.message, 'stop')) });
    const d = Duplex.from(rs);
    d.on('error', common.mustCall());
    d.destroy(new Error('stop'));
  }
})().then(common.mustCall());

{
  const rs = new ReadableStream();
  rs.getReader();
  assert.throws(() => Duplex.from(rs), { code: 'ERR_INVALID_STATE' });
}
