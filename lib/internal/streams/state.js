// eddy: the highWaterMark defaults and the option that overrides them.
'use strict';

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

// Node 20's defaults: 16 KiB for byte streams, 16 objects in object mode.
let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `options.highWaterMark` wins; a duplex side may also be sized by its own
// key (readableHighWaterMark / writableHighWaterMark). Returns the default
// when neither is given.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    // A duplex names its side's key even when the shared option was bad.
    throw new ERR_INVALID_ARG_VALUE(
      isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
  }
  return Math.floor(hwm);
}

module.exports = {
  getDefaultHighWaterMark,
  getHighWaterMark,
  setDefaultHighWaterMark,
};
