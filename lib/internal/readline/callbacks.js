// eddy: readline's cursor helpers with callbacks (readline.cursorTo,
// moveCursor, clearLine, clearScreenDown): each writes one ANSI sequence to
// the stream.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

// Nothing to write: still call back, asynchronously, like a write would.
function skip(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (and row y when given), both 0-based.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  const hasX = typeof x === 'number';
  const hasY = typeof y === 'number';
  if (stream === null || stream === undefined || (!hasX && !hasY)) {
    return skip(callback);
  }
  if (!hasX) throw new ERR_INVALID_CURSOR_POS();
  const data = hasY ? CSI`${y + 1};${x + 1}H` : CSI`${x + 1}G`;
  return stream.write(data, callback);
}

// Moves the cursor dx columns right (left when negative) and dy rows down
// (up when negative).
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || !(dx || dy)) {
    return skip(callback);
  }
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}

// Clears the line left of the cursor (dir < 0), right of it (dir > 0) or all
// of it.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  const data = dir < 0 ? CSI.kClearToLineBeginning :
    dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
  return stream.write(data, callback);
}

// Clears from the cursor to the end of the screen.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
};
