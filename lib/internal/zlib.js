// eddy: option checks shared by node:zlib's stream classes, with node's
// codes and wording (node keeps them in lib/internal/validators.js):
// a missing or NaN option takes its default, anything else must be a finite
// number within range.
'use strict';

const {
  codes: {
    ERR_INTERNAL_ASSERTION,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// True for a finite number; false for undefined and NaN (use the default);
// throws for other types and for ±Infinity.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// node's internal assert: a failure is a bug or a misuse of internals.
function assert(value, message) {
  if (!value) throw new ERR_INTERNAL_ASSERTION(message);
}

module.exports = {
  assert,
  checkRangesOrGetDefault,
  validateFiniteNumber,
};
