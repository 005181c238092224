'use strict';
// compose() with web streams: TransformStreams are readable and writable
// pieces, a ReadableStream may start and a WritableStream end the chain, and
// the result is one Duplex (byte mode: web pieces carry no objectMode).
const assert = require('node:assert');
const { compose, Transform } = require('node:stream');
const common = require('../../common');

function upper() {
  return new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
}

(async () => {
  {
    const d = compose(upper(), new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }));
    assert.strictEqual(d.readable, true);
    assert.strictEqual(d.writable, true);
    assert.strictEqual(d.readableObjectMode, false);
    d.write('a');
    d.end('b');
    const chunks = await d.toArray();
    assert.strictEqual(Buffer.concat(chunks).toString(), 'A!B!');
  }
  {
    const d = compose(new Transform({ transform(c, e, cb) { cb(null, c + '?'); } }), upper());
    d.end('x');
    assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'X?');
  }
  {
    const d = compose(ReadableStream.from(['p', 'q']), upper());
    assert.strictEqual(d.writable, false);
    assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'PQ');
  }
  {
    const written = [];
    const d = compose(upper(), new WritableStream({ write(c) { written.push(c); } }));
    assert.strictEqual(d.readable, false);
    d.end('k');
    await new Promise((resolve) => d.on('finish', resolve));
    assert.deepStrictEqual(written, ['K']);
  }
  {
    const d = compose(new TransformStream({ transform() { throw new Error('ts boom'); } }), upper());
    d.write('a');
    await new Promise((resolve) => d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'ts boom');
      resolve();
    })));
  }
})().then(common.mustCall());

assert.throws(() => compose(new WritableStream(), upper()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'streams\[0\]' must be readable\. Received WritableStream/,
});
assert.throws(() => compose(upper(), ReadableStream.from([])), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'streams\[1\]' must be writable\./,
});
