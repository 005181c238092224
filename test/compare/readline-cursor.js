'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown escape
// sequences, their callbacks and argument errors, and the
// readline/promises Readline class (queue, commit, rollback, autoCommit).
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const written = [];
const stream = new Writable({
  write(chunk, enc, cb) { written.push(chunk.toString()); cb(); },
});

function show(label, fn) {
  written.length = 0;
  let ret;
  try {
    ret = fn();
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
    return;
  }
  console.log(label, JSON.stringify(ret), JSON.stringify(written));
}

async function main() {
  show('cursorTo x', () => readline.cursorTo(stream, 0));
  show('cursorTo x y', () => readline.cursorTo(stream, 4, 2));
  show('cursorTo none', () => readline.cursorTo(stream));
  show('cursorTo y only', () => readline.cursorTo(stream, undefined, 3));
  show('cursorTo NaN', () => readline.cursorTo(stream, NaN));
  show('cursorTo y NaN', () => readline.cursorTo(stream, 1, NaN));
  show('cursorTo str', () => readline.cursorTo(stream, '1', 2));
  show('cursorTo null stream', () => readline.cursorTo(null, 1));
  show('cursorTo bad cb', () => readline.cursorTo(stream, 1, 2, 'x'));
  show('moveCursor +', () => readline.moveCursor(stream, 3, 2));
  show('moveCursor -', () => readline.moveCursor(stream, -3, -2));
  show('moveCursor 0', () => readline.moveCursor(stream, 0, 0));
  show('moveCursor dx', () => readline.moveCursor(stream, 5));
  show('moveCursor dy', () => readline.moveCursor(stream, 0, -1));
  show('moveCursor bad cb', () => readline.moveCursor(stream, 1, 1, 5));
  show('clearLine -1', () => readline.clearLine(stream, -1));
  show('clearLine 1', () => readline.clearLine(stream, 1));
  show('clearLine 0', () => readline.clearLine(stream, 0));
  show('clearLine none', () => readline.clearLine(stream));
  show('clearLine null', () => readline.clearLine(undefined, 0));
  show('clearLine bad cb', () => readline.clearLine(stream, 0, {}));
  show('clearScreenDown', () => readline.clearScreenDown(stream));
  show('clearScreenDown null', () => readline.clearScreenDown(null));
  show('clearScreenDown bad cb', () => readline.clearScreenDown(stream, null));

  const order = [];
  readline.cursorTo(stream, 1, () => order.push('cursorTo cb'));
  readline.cursorTo(null, 1, 1, (err) => order.push('cursorTo null cb ' + err));
  readline.moveCursor(stream, 1, 0, () => order.push('moveCursor cb'));
  readline.moveCursor(stream, 0, 0, (err) => order.push('moveCursor noop cb ' + err));
  readline.clearLine(stream, 0, () => order.push('clearLine cb'));
  readline.clearScreenDown(null, (err) => order.push('clearScreenDown null cb ' + err));
  order.push('sync');
  await new Promise((r) => setTimeout(r, 10));
  console.log('callbacks', order.join(' | '));

  written.length = 0;
  const r = new Readline(stream);
  console.log('chain', r.cursorTo(0).cursorTo(2, 3).moveCursor(1, -1).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown() === r);
  console.log('queued, nothing written', JSON.stringify(written));
  console.log('commit', await r.commit());
  console.log('committed', JSON.stringify(written));
  written.length = 0;
  r.cursorTo(5).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(written));

  written.length = 0;
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(1).clearLine(0);
  console.log('autoCommit sync', JSON.stringify(written));
  await new Promise((r) => setImmediate(r));
  console.log('autoCommit later', JSON.stringify(written));

  for (const [label, fn] of [
    ['bad stream', () => new Readline({})],
    ['bad autoCommit', () => new Readline(stream, { autoCommit: 1 })],
    ['bad x', () => r.cursorTo('1')],
    ['bad y', () => r.cursorTo(1, 1.5)],
    ['bad dx', () => r.moveCursor(1, 'a')],
    ['bad dir', () => r.clearLine(2)],
    ['missing dir', () => r.clearLine()],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
}
main();
