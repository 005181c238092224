// eddy: unhandled-rejection processing (node's lib/internal/process/
// promises.js). The engine reports rejections without handlers to C++; after
// each drain of ticks and microtasks lib/ takes that list and acts by the
// --unhandled-rejections mode (default 'throw', as in Node 15+).
'use strict';

const { takeRejections, takeHandledLater, tickInfo } = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');

const kHasRejectionToWarn = 1;
const mode = internalBinding('process_methods').options.unhandledRejections;

// Promises reported unhandled whose warning/emit already happened, so a late
// handler can emit 'rejectionHandled'.
const warned = new WeakMap();
let lastWarningId = 0;

let inspect;
function lazyInspect(v) {
  if (!inspect) inspect = require('internal/util/inspect').inspect;
  return inspect(v);
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    let text;
    try { text = typeof reason === 'string' ? reason : lazyInspect(reason); } catch { text = '[object]'; }
    super('This error originated either by throwing inside of an async ' +
          'function without a catch block, or by rejecting a promise which ' +
          'was not handled with .catch(). The promise rejected with the' +
          ` reason "${text}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
}

const { isNativeError } = internalBinding('types');

// Node checks for an own `stack`; SpiderMonkey keeps it on the prototype until
// read, so native errors count too.
function isErrorLike(o) {
  return typeof o === 'object' && o !== null &&
    (isNativeError(o) || Object.prototype.hasOwnProperty.call(o, 'stack'));
}

// Two warnings, as node prints them: the reason (its stack, or the value),
// then the explanation with the rejection id.
function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  warning.stack = `${warning.name}: ${warning.message}`;
  try {
    if (isErrorLike(reason)) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(typeof reason === 'string' ? reason : lazyInspect(reason),
                          'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // A reason that cannot be printed still gets the second warning.
  }
  process.emitWarning(warning);
}

function processPromiseRejections() {
  // Both lists only grow when the engine's tracker sets this flag, so a
  // drain with nothing reported skips the two binding calls. The flag is
  // cleared before the lists are taken: a rejection reported while they are
  // processed sets it again and is handled on the next round.
  if (tickInfo[kHasRejectionToWarn] === 0) return false;
  tickInfo[kHasRejectionToWarn] = 0;
  let scheduled = false;
  const late = takeHandledLater();
  for (let i = 0; i < late.length; i++) {
    const promise = late[i];
    const info = warned.get(promise);
    if (info === undefined) continue;
    warned.delete(promise);
    const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
    warning.name = 'PromiseRejectionHandledWarning';
    warning.id = info.uid;
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
    scheduled = true;
  }
  const list = takeRejections();
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    const uid = ++lastWarningId;
    warned.set(promise, { uid });
    switch (mode) {
      case 'strict': {
        const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'warn':  // always warn, listener or not
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn-with-error-code': {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      }
      default: {  // throw
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
          triggerUncaughtException(err, true);
        }
      }
    }
    scheduled = true;
  }
  return scheduled;
}

module.exports = { processPromiseRejections };
