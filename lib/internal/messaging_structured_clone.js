// eddy: the structuredClone global: internal/structured_clone, except that a
// transfer list holding a MessagePort goes through internal/messaging (which
// is loaded only then).
'use strict';

const { isPort } = internalBinding('message_port');
const base = require('internal/structured_clone').structuredClone;
const untransferable = require('internal/untransferable');

// A port found in the value but not in the transfer list: node's error, not
// the generic DataCloneError (only a MessagePort gives that message).
function rethrow(err) {
  if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
      err.message === '#<MessagePort> could not be cloned.') {
    const e = new TypeError('Object that needs transfer was found in message ' +
                            'but not listed in transferList');
    e.code = 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST';
    throw e;
  }
  throw err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) return base();
  try {
    return clone(value, options);
  } catch (err) {
    rethrow(err);
  }
}

function clone(value, options) {
  if (options !== null && typeof options === 'object') {
    let transfer = options.transfer;
    // Objects worker_threads.markAsUntransferable() marked are copied.
    if (Array.isArray(transfer) && transfer.some((t) => untransferable.has(t))) {
      transfer = transfer.filter((t) => !untransferable.has(t));
    }
    if (Array.isArray(transfer) && transfer.some(isPort)) {
      return require('internal/messaging').structuredClone(value, { transfer });
    }
    return base(value, { transfer });
  }
  return base(value, options);
}

module.exports = { structuredClone };
