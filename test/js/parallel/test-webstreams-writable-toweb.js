'use strict';
// Writable.toWeb: a WritableStream over a node Writable. Writes go to the
// node stream (waiting for 'drain' when it is full), close() ends it and
// waits for 'finish', abort() destroys it, and a node error errors the web
// stream.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

(async () => {
  const got = [];
  const node = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) {
      got.push(chunk.toString());
      setTimeout(cb, 1);
    },
  });
  const web = Writable.toWeb(node);
  const writer = web.getWriter();
  assert.strictEqual(writer.desiredSize, 4);
  await writer.write(new Uint8Array([104, 105]));
  await writer.write('there');
  await writer.write('more');
  await writer.close();
  assert.deepStrictEqual(got, ['hi', 'there', 'more']);
  assert.strictEqual(node.writableFinished, true);

  const victim = new Writable({ write(c, e, cb) { cb(); } });
  victim.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'abort!')));
  await Writable.toWeb(victim).abort(new Error('abort!'));
  assert.strictEqual(victim.destroyed, true);

  const failing = new Writable({ write(c, e, cb) { cb(new Error('node write failed')); } });
  const fw = Writable.toWeb(failing).getWriter();
  fw.write('x').catch(() => {});
  await assert.rejects(fw.closed, /node write failed/);

  const ended = new Writable({ write(c, e, cb) { cb(); } });
  ended.end();
  const closed = Writable.toWeb(ended);
  await assert.rejects(closed.getWriter().write('late'), { code: 'ERR_INVALID_STATE' });

  assert.throws(() => Writable.toWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streamWritable" argument must be an stream.Writable. Received an instance of Object',
  });
})().then(common.mustCall());
