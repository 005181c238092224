// eddy: node:readline — createInterface / Interface (callback question()),
// the cursor helpers and emitKeypressEvents. The Interface here also carries
// the historical underscore API (_ttyWrite, _writeToOutput, _line_buffer, ...)
// that older code and libraries override.
'use strict';

const {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const { AbortError } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { validateAbortSignal } = require('internal/validators');
const { addAbortListener } = require('events');
const internal = require('internal/readline/interface');

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kDecoder,
  kLine_buffer,
  kOldPrompt,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kSawKeyPress,
  kSawReturnAt,
  kTabCompleter,
} = internal;

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kNoOptions = Object.freeze({ __proto__: null });

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }

  // Completers here take (line, callback); wrap one-argument (sync) ones.
  if (input?.input &&
      typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (line, cb) => cb(null, sync(line));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (line, cb) => cb(null, sync(line));
  }

  InterfaceConstructor.call(this, input, output, completer, terminal);

  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// question(query[, options], callback): callback(answer). An aborted
// options.signal cancels the question (the callback is never called).
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kNoOptions;

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const disposable = addAbortListener(signal, () => {
      this[kQuestionCancel]();
    });
    const done = disposable[SymbolDispose];
    const original = cb;
    cb = typeof original === 'function' ? (answer) => {
      done();
      return original(answer);
    } : done;
  }

  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): resolves with the answer, rejects with an
// AbortError on abort.
Interface.prototype.question[kCustomPromisify] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kNoOptions;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const disposable = addAbortListener(signal, () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      });
      cb = (answer) => {
        disposable[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Internal state reachable under its old property names.
for (const [name, sym] of [
  ['_decoder', kDecoder],
  ['_line_buffer', kLine_buffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    get() { return this[sym]; },
    set(value) { this[sym] = value; },
  });
}

// Internal methods: published as `_name`, and the symbol each internal call
// uses reads `this._name`, so an instance or subclass override is honoured.
const kMethodNames = [
  '_setRawMode', '_onLine', '_writeToOutput', '_addHistory', '_refreshLine',
  '_normalWrite', '_insertString', '_tabComplete', '_wordLeft', '_wordRight',
  '_deleteLeft', '_deleteRight', '_deleteWordLeft', '_deleteWordRight',
  '_deleteLineLeft', '_deleteLineRight', '_line', '_historyNext',
  '_historyPrev', '_getDisplayPos', '_moveCursor', '_ttyWrite',
];
const kMethodSymbols = {
  __proto__: null,
  _setRawMode: internal.kSetRawMode,
  _onLine: internal.kOnLine,
  _writeToOutput: internal.kWriteToOutput,
  _addHistory: internal.kAddHistory,
  _refreshLine: internal.kRefreshLine,
  _normalWrite: internal.kNormalWrite,
  _insertString: internal.kInsertString,
  _tabComplete: internal.kTabComplete,
  _wordLeft: internal.kWordLeft,
  _wordRight: internal.kWordRight,
  _deleteLeft: internal.kDeleteLeft,
  _deleteRight: internal.kDeleteRight,
  _deleteWordLeft: internal.kDeleteWordLeft,
  _deleteWordRight: internal.kDeleteWordRight,
  _deleteLineLeft: internal.kDeleteLineLeft,
  _deleteLineRight: internal.kDeleteLineRight,
  _line: internal.kLine,
  _historyNext: internal.kHistoryNext,
  _historyPrev: internal.kHistoryPrev,
  _getDisplayPos: internal.kGetDisplayPos,
  _moveCursor: internal.kMoveCursor,
  _ttyWrite: internal.kTtyWrite,
};
for (const name of kMethodNames) {
  Object.defineProperty(Interface.prototype, kMethodSymbols[name], {
    __proto__: null,
    get() { return this[name]; },
  });
}
for (const name of kMethodNames) {
  if (name === '_tabComplete') {
    // Completers here take a callback instead of returning a promise.
    Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
      this.pause();
      const text = this.line.slice(0, this.cursor);
      this.completer(text, (err, value) => {
        this.resume();
        if (err) {
          this._writeToOutput(`Tab completion error: ${inspect(err)}`);
          return;
        }
        this[kTabCompleter](lastKeypressWasTab, value);
      });
    };
  } else {
    Interface.prototype[name] = BaseInterface.prototype[kMethodSymbols[name]];
  }
  if (name === '_getDisplayPos') {
    Interface.prototype._getCursorPos = BaseInterface.prototype.getCursorPos;
  }
}

// TERM=dumb: no editing, no redraws; keys are echoed as they come.
function ttyWriteDumb(s, key) {
  key = key || kNoOptions;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }

  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 ||
          Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
