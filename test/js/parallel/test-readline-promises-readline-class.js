'use strict';
// readline/promises Readline: queues cursor sequences until commit() (one
// write, resolves after it), rollback() discards, autoCommit writes each on
// the next tick; arguments are validated.
const common = require('../../common');
const assert = require('assert');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

async function main() {
  const written = [];
  const stream = new Writable({
    write(chunk, enc, cb) { written.push(String(chunk)); cb(); },
  });
  const rl = new Readline(stream);
  assert.strictEqual(rl.cursorTo(2).moveCursor(-1, 2).clearLine(0).clearScreenDown(), rl);
  assert.deepStrictEqual(written, []);
  await rl.commit();
  assert.deepStrictEqual(written, ['\x1b[3G\x1b[1D\x1b[2B\x1b[2K\x1b[0J']);

  written.length = 0;
  rl.cursorTo(1, 1).rollback();
  rl.clearLine(-1);
  await rl.commit();
  assert.deepStrictEqual(written, ['\x1b[1K']);

  written.length = 0;
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(0, 0).clearLine(1);
  assert.deepStrictEqual(written, []);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(written, ['\x1b[1;1H', '\x1b[0K']);

  assert.throws(() => new Readline(), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Readline(stream, { autoCommit: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => rl.moveCursor(1, null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.clearLine(-2), { code: 'ERR_OUT_OF_RANGE' });
}
main().then(common.mustCall());
