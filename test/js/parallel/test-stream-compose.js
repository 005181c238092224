'use strict';
// compose(): several streams/functions as one Duplex (write to the first,
// read from the last); Readable#compose; readability/writability checks.
const assert = require('node:assert');
const { compose, Transform, Readable, Writable, Duplex } = require('node:stream');
const common = require('../../common');

(async () => {
  const c = compose(
    new Transform({ transform(chunk, enc, cb) { cb(null, `${chunk}1`); } }),
    async function* (source) { for await (const x of source) yield `${x}2`; },
    new Transform({ transform(chunk, enc, cb) { cb(null, `${chunk}3`); } }));
  assert.ok(c instanceof Duplex);
  c.end('v');
  const out = [];
  for await (const x of c) out.push(String(x));
  assert.deepStrictEqual(out, ['v123']);

  const doubled = Readable.from(['a', 'b']).compose(async function* (src) {
    for await (const x of src) yield x + x;
  });
  assert.deepStrictEqual(await doubled.toArray(), ['aa', 'bb']);

  assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
  const sinkOnly = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => compose(sinkOnly, new Transform()), {
    code: 'ERR_INVALID_ARG_VALUE',
  });

  // An error inside destroys the composed stream.
  const failing = compose(
    new Transform({ transform(chunk, enc, cb) { cb(new Error('inner')); } }),
    new Transform({ transform(chunk, enc, cb) { cb(null, chunk); } }));
  failing.write('x');
  await new Promise((resolve) => failing.on('error', common.mustCall((e) => {
    assert.strictEqual(e.message, 'inner');
    resolve();
  })));
})().then(common.mustCall());
