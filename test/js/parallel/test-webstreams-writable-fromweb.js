'use strict';
// Writable.fromWeb: a node Writable over a WritableStream. Writes wait for
// the web writer, strings become bytes, end() closes the stream, destroy()
// aborts it, and a web error destroys the Writable.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

(async () => {
  const chunks = [];
  const web = new WritableStream({
    async write(chunk) {
      await new Promise((r) => setTimeout(r, 1));
      chunks.push(chunk);
    },
    close: common.mustCall(),
  });
  const w = Writable.fromWeb(web);
  assert.strictEqual(w.writableObjectMode, false);
  w.write('abc');
  w.write(Buffer.from('de'));
  w.write('ff', 'hex');
  await new Promise((r) => w.end(r));
  assert.deepStrictEqual(chunks.map((c) => Buffer.from(c).toString('latin1')), ['abc', 'de', '\xff']);

  const objects = [];
  const ow = Writable.fromWeb(new WritableStream({ write(c) { objects.push(c); } }), { objectMode: true });
  ow.write({ x: 1 });
  ow.write('str');
  await new Promise((r) => ow.end(r));
  assert.deepStrictEqual(objects, [{ x: 1 }, 'str']);

  const aborted = new WritableStream({
    abort: common.mustCall((reason) => assert.strictEqual(reason.message, 'bye')),
  });
  const aw = Writable.fromWeb(aborted);
  aw.on('error', common.mustCall());
  aw.destroy(new Error('bye'));
  await new Promise((r) => aw.on('close', r));

  const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
  const fw = Writable.fromWeb(failing);
  fw.write('x');
  await new Promise((resolve) => fw.on('error', common.mustCall((e) => {
    assert.strictEqual(e.message, 'sink failed');
    resolve();
  })));

  assert.throws(() => Writable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
