// eddy: node:readline/promises — the readline Interface whose question()
// returns a promise, the Readline cursor-sequence builder, createInterface.
'use strict';

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { addAbortListener } = require('events');
const { Readline } = require('internal/readline/promises');
const {
  Interface: BaseInterface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kNoOptions = Object.freeze({ __proto__: null });

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Resolves with the answer; rejects with an AbortError when options.signal
  // aborts, or on Ctrl+C / Ctrl+D in terminal mode.
  question(query, options = kNoOptions) {
    return new Promise((resolve, reject) => {
      let answer = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const disposable = addAbortListener(signal, () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        answer = (line) => {
          disposable[SymbolDispose]();
          resolve(line);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, answer);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
