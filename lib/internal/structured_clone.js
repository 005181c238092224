// eddy: the structuredClone global over the engine's structured clone.
'use strict';

const { structuredClone: clone } = internalBinding('messaging');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new TypeError("Failed to execute 'structuredClone' on 'Window': The provided value is not of type 'StructuredSerializeOptions'.");
    }
    transfer = options.transfer;
  }
  return clone(value, transfer);
}

module.exports = { structuredClone };
