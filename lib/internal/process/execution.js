// eddy: the uncaught-exception path (node's lib/internal/process/execution.js
// createOnGlobalUncaughtException and src/node_errors.cc printing). C++ calls
// `onGlobalUncaughtException(error, fromPromise, arrow)` for every exception
// that reaches the loop; it returns true when a listener handled it, and
// otherwise prints the error in node's format and exits.
'use strict';

const { reallyExit, writeErr } = require('internal/process/exit');

let inspect;
// Errors print as node's fatal handler inspects them: deeper than console.log
// (depth 5), without custom inspection, coloured when stderr shows colours.
function inspectFatal(v) {
  if (!inspect) inspect = require('internal/util/inspect').inspect;
  let colors = false;
  try {
    if (require('internal/process/stdio').isTTY(2) || process.env.FORCE_COLOR !== undefined) {
      colors = require('internal/process/stdio').getColorDepth() > 2;
    }
  } catch {
    colors = false;
  }
  return inspect(v, {
    colors,
    customInspect: false,
    depth: Math.max(inspect.defaultOptions.depth, 5),
  });
}

function isErrorLike(v) {
  return v !== null && typeof v === 'object' &&
    (v instanceof Error || (typeof v.stack === 'string' && typeof v.message === 'string'));
}

const { kArrowInStack } = require('internal/errors');
const { isNativeError } = internalBinding('types');

function formatUncaught(er, arrow) {
  if (er !== null && typeof er === 'object' && er[kArrowInStack]) arrow = '';
  const footer = `\n\neddy v${process.versions.eddy}\n`;
  if (er === null || (typeof er !== 'object' && typeof er !== 'function')) {
    let s;
    // node interpolates the value; a symbol cannot be, and prints as empty.
    try { s = typeof er === 'symbol' ? '' : String(er); } catch { s = ''; }
    return `\n${arrow}${s}\n(Use \`eddy --trace-uncaught ...\` to show where the exception was thrown)${footer}`;
  }
  addEmittedAt(er);
  let body;
  try {
    body = inspectFatal(er);
  } catch {
    body = String(er && er.stack);
  }
  // node decides the layout by whether the value is a native error.
  if (!isNativeError(er)) return `\n${arrow}${body}${footer}`;
  return `${arrow ? `${arrow}\n` : ''}${body}${footer}`;
}

let domainHook = null;
function setDomainHook(fn) {
  domainHook = fn;
}

function onGlobalUncaughtException(er, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  // An active domain with 'error' listeners takes a thrown error first
  // (lib/domain.js), then process.setUncaughtExceptionCaptureCallback()'s
  // callback, ahead of 'uncaughtException' listeners.
  if (domainHook !== null && !fromPromise && domainHook(er)) return true;
  const capture = process._uncaughtExceptionCaptureCallback;
  if (typeof capture === 'function') {
    capture(er);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', er, type);
    return true;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws does not change the outcome.
  }
  writeErr(formatUncaught(er, arrow));
  reallyExit(1);
  return false;
}

// An error thrown from emit('error') with no listener also says where it was
// emitted: the emit site's frames, with the run it shares with the error's
// own stack folded into one line.
function addEmittedAt(er) {
  const info = er !== null && typeof er === 'object' ?
    er[Symbol.for('eddy.events.emittedAt')] : undefined;
  if (info === undefined) return;
  try {
    let ctorInfo = '';
    const name = info.emitter.constructor.name;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
    const errLines = String(er.stack).split('\n').slice(1);
    const siteLines = String(info.site.stack).split('\n').slice(1);
    const { identicalSequenceRange } = require('internal/util/inspect');
    const { len, offset } = identicalSequenceRange(siteLines, errLines);
    if (len > 0) {
      siteLines.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
    }
    const stack = `${er.stack}\nEmitted 'error' event${ctorInfo} at:\n${siteLines.join('\n')}`;
    Object.defineProperty(er, 'stack', {
      value: stack, writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // Print the error as it is.
  }
}

// An error thrown by an 'uncaughtException' listener: printed, no listeners
// run again (C++ exits with 7).
function printFatal(er, arrow) {
  writeErr(formatUncaught(er, arrow));
}

module.exports = {
  setDomainHook, onGlobalUncaughtException, formatUncaught, isErrorLike, printFatal };
