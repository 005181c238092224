// Stream life cycle: events in order, close()/destroy() (also while a write
// is on the thread pool), writes after end or close, reset(), _closed.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

{
  const events = [];
  const g = zlib.createGzip();
  for (const ev of ['prefinish', 'finish', 'end', 'close']) g.on(ev, () => events.push(ev));
  g.on('data', () => {});
  g.end('hello', common.mustCall());
  g.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['prefinish', 'finish', 'end', 'close']);
    assert.strictEqual(g._closed, true);
    assert.strictEqual(g.bytesWritten, 5);
  }));
}

{
  // close() right after a write was handed to the thread pool.
  const d = zlib.createDeflate();
  d.write(Buffer.alloc(1 << 20, 'a'));
  d.close(common.mustCall());
  d.on('close', common.mustCall());
  assert.strictEqual(d._closed, true);
  d.write('x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  }));
  d.on('error', common.mustNotCall());
  d.close();  // twice is fine
}

{
  const g = zlib.createGunzip();
  g.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  g.end();
  g.write('x');
}

{
  // destroy() with an error.
  const b = zlib.createBrotliCompress();
  b.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  b.on('close', common.mustCall());
  b.write('data');
  b.destroy(new Error('boom'));
}

{
  // reset() starts a fresh stream.
  const d = zlib.createDeflate();
  d.reset();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'after reset');
  }));
  d.end('after reset');
}

{
  const g = zlib.createGzip();
  g.close();
  assert.throws(() => g.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
}

{
  // Without `new`, and the class hierarchy.
  const g = zlib.Gzip();
  assert.ok(g instanceof zlib.Gzip);
  assert.ok(g instanceof require('stream').Transform);
  const b = zlib.BrotliDecompress();
  assert.ok(b instanceof zlib.BrotliDecompress);
  g.close();
  b.close();
}

if (common.isEddy) {
  // The handle refuses misuse instead of crashing (node aborts here).
  const d = zlib.createDeflate();
  const h = d._handle;
  assert.throws(() => h.write(0, 'not a view', 0, 1, 10, 10), TypeError);
  assert.throws(() => h.write(0, Buffer.alloc(4), 2, 5, 10, 10), TypeError);
  assert.throws(() => h.writeSync(9, Buffer.alloc(4), 0, 4, 10, 10), TypeError);
  assert.throws(() => h.init(15, 6, 8, 0, new Float64Array(2), () => {}), Error);
  assert.throws(() => h.write.call({}, 0, Buffer.alloc(1), 0, 1, 1, 1), TypeError);
  d.close();
  assert.throws(() => h.writeSync(0, Buffer.alloc(4), 0, 4, 10, 10), /closed/);
  h.close();
}
