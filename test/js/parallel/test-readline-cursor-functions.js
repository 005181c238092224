'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write node's ANSI
// sequences, return the write() result, call back, and validate arguments.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');

const written = [];
const stream = {
  write(data, cb) {
    written.push(data);
    if (cb) process.nextTick(cb);
    return 'write-result';
  },
};
function check(fn, expected) {
  written.length = 0;
  assert.strictEqual(fn(), 'write-result');
  assert.deepStrictEqual(written, [expected]);
}

check(() => readline.cursorTo(stream, 0), '\x1b[1G');
check(() => readline.cursorTo(stream, 9, 4), '\x1b[5;10H');
check(() => readline.moveCursor(stream, 2, -3), '\x1b[2C\x1b[3A');
check(() => readline.moveCursor(stream, -1, 6), '\x1b[1D\x1b[6B');
check(() => readline.clearLine(stream, -1), '\x1b[1K');
check(() => readline.clearLine(stream, 1), '\x1b[0K');
check(() => readline.clearLine(stream, 0), '\x1b[2K');
check(() => readline.clearScreenDown(stream), '\x1b[0J');
check(() => readline.cursorTo(stream, 3, common.mustCall()), '\x1b[4G');

// Nothing to do: returns true and still calls back, asynchronously.
written.length = 0;
let called = false;
assert.strictEqual(readline.moveCursor(stream, 0, 0, common.mustCall((err) => {
  assert.strictEqual(err, null);
  called = true;
})), true);
assert.strictEqual(called, false);
assert.strictEqual(readline.cursorTo(null, 1), true);
assert.strictEqual(readline.clearLine(undefined, 0), true);
assert.strictEqual(readline.clearScreenDown(null), true);
assert.deepStrictEqual(written, []);

assert.throws(() => readline.cursorTo(stream, undefined, 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_CURSOR_POS',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => readline.cursorTo(stream, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.cursorTo(stream, 1, 1, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.moveCursor(stream, 1, 1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.clearLine(stream, 0, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.clearScreenDown(stream, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
