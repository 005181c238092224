// eddy: node:repl. A REPLServer is a readline Interface that evaluates each
// line (or each group of lines that completes a statement) as a global script
// in this realm, prints the value with util.inspect, keeps `_` and `_error`,
// and answers node's dot commands (.break .clear .exit .help .load .save;
// .editor is not built: it answers "Invalid REPL keyword"). Top-level `await` works in an expression statement or a block
// (the line runs as the body of an async function; `var`/`let`/`const`
// declared there stay local to that line). `eddy` with no script on a
// terminal, or with -i, starts one. Differences from node: every REPL
// evaluates in the main realm (node's repl.start() makes a new context
// unless useGlobal is set), there is no tab completion and no history file.
'use strict';

const fs = require('fs');
const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const vm = require('vm');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// SpiderMonkey's messages for a source that ended too early: more input may
// complete it.
const kIncomplete = [
  /end of script/, /unterminated string literal/, /unterminated template/,
  /unterminated comment/, /missing \} /, /missing \] /, /missing \) /,
  /expected expression, got end/,
];

function isRecoverable(err) {
  return err instanceof SyntaxError && kIncomplete.some((re) => re.test(err.message));
}

function isValidSyntax(input) {
  try {
    new vm.Script(input);  // eslint-disable-line no-new
    return true;
  } catch {
    return false;
  }
}

// The code to run for `source`, or null when it does not compile: as is,
// wrapped in parentheses when it is an object literal, or as the body of an
// async function when it uses top-level await.
function compile(source, filename, strict) {
  const text = strict ? `'use strict'; ${source}` : source;
  const attempts = [];
  if (/^\s*\{/.test(source) && !/;\s*$/.test(source)) attempts.push(`(${source}\n)`);
  attempts.push(text);
  let first = null;
  for (const code of attempts) {
    try {
      return { script: new vm.Script(code, { filename }), async: false };
    } catch (err) {
      if (first === null || code === text) first = err;
    }
  }
  if (/\bawait\b/.test(source)) {
    for (const body of [`return (${source}\n);`, source]) {
      try {
        const script = new vm.Script(`(async () => { ${body}\n})()`, { filename });
        return { script, async: true };
      } catch {
        // Try the next form.
      }
    }
  }
  throw first;
}

let globalWriter = inspect;

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    }
    const input = options.input || options.stream || process.stdin;
    const output = options.output || options.stream || process.stdout;
    const terminal = options.terminal !== undefined ? Boolean(options.terminal) :
      Boolean(output.isTTY);
    super({ input, output, terminal, prompt: options.prompt ?? '> ' });
    if (options.eval !== undefined && typeof options.eval !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.eval', 'function', options.eval);
    }
    this.useColors = options.useColors ?? (terminal && Boolean(output.hasColors?.()));
    this.useGlobal = true;
    this.ignoreUndefined = Boolean(options.ignoreUndefined);
    this.replMode = options.replMode || REPL_MODE_SLOPPY;
    this.context = globalThis;
    this.lines = [];
    this.commands = { __proto__: null };
    this.writer = options.writer || ((v) => globalWriter(v, {
      colors: this.useColors, showProxy: true,
    }));
    this.eval = options.eval || defaultEval;
    this.breakEvalOnSigint = Boolean(options.breakEvalOnSigint);
    this.last = undefined;
    this.lastError = undefined;
    this._buffer = '';
    this._pending = 0;
    this._closed = false;
    this._counter = 0;
    defineDefaultCommands(this);
    // Lines are evaluated as they come, as in node (an awaited result prints
    // when it settles); the REPL exits once the input ended and nothing is
    // still being awaited.
    this.on('line', (line) => this._evalLine(line));
    this.on('close', () => {
      this._closed = true;
      if (this._pending === 0) this.emit('exit');
    });
    this.on('SIGINT', () => {
      if (this._buffer !== '') {
        this._buffer = '';
        this._write('\n');
        this.displayPrompt();
        return;
      }
      this._write('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      this.displayPrompt();
    });
    this.displayPrompt();
  }

  _write(s) {
    this.output.write(s);
  }

  displayPrompt(preserveCursor) {
    const prompt = this._buffer !== '' ? '... ' : this._prompt;
    super.setPrompt(prompt);
    super.prompt(preserveCursor);
    super.setPrompt(this._promptBase ?? this._prompt);
  }

  setPrompt(prompt) {
    this._promptBase = prompt;
    super.setPrompt(prompt);
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    if (typeof cmd.action !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('cmd.action', 'Function', cmd.action);
    }
    this.commands[keyword] = cmd;
  }

  clearBufferedCommand() {
    this._buffer = '';
  }

  _evalLine(line) {
    if (this._buffer === '') {
      const m = /^\s*\.([a-zA-Z]+)\s*(.*)$/.exec(line);
      if (m) {
        if (this.commands[m[1]]) {
          // A command shows the next prompt itself (node's contract).
          this.commands[m[1]].action.call(this, m[2]);
        } else {
          this._write('Invalid REPL keyword\n');
          this.displayPrompt();
        }
        return;
      }
      if (line.trim() === '') {
        this.displayPrompt();
        return;
      }
    }
    this.lines.push(line);
    const source = this._buffer + line + '\n';
    this._pending++;
    this.eval(source, this.context, `REPL${++this._counter}`, (err, result) => {
      this._pending--;
      if (err instanceof Recoverable) {
        this._buffer = source;
        this.displayPrompt();
        this._settled();
        return;
      }
      this._buffer = '';
      if (err) {
        this.lastError = err;
        setIfNotDefined('_error', err);
        this._write(`Uncaught ${formatError(err, this.useColors)}\n`);
      } else {
        this.last = result;
        setIfNotDefined('_', result);
        if (!(this.ignoreUndefined && result === undefined)) {
          this._write(`${this.writer(result)}\n`);
        }
      }
      this.displayPrompt();
      this._settled();
    });
  }

  _settled() {
    if (this._pending === 0 && this._closed) this.emit('exit');
  }
}

// `_` and `_error` follow the last result unless the program assigned them.
const assigned = new Set();
function setIfNotDefined(name, value) {
  if (assigned.has(name)) return;
  Object.defineProperty(globalThis, name, {
    get: () => value,
    set: (v) => {
      assigned.add(name);
      Object.defineProperty(globalThis, name, {
        value: v, writable: true, configurable: true, enumerable: false,
      });
    },
    configurable: true,
    enumerable: false,
  });
}

// An error as node's REPL prints it: the frames of the user's code only
// (up to the first frame of the REPL's own machinery), without the
// top-level frame of the line itself.
function formatError(err, colors) {
  if (err instanceof Error && typeof err.stack === 'string') {
    const lines = err.stack.split('\n');
    let end = lines.findIndex((l, i) => i > 0 && /\(?node:/.test(l));
    if (end === -1) end = lines.length;
    const kept = lines.slice(0, end).filter((l) => !/^\s+at REPL\d+:\d+:\d+$/.test(l));
    if (kept.length === 1 && Object.keys(err).length === 0) return kept[0];
    const copy = Object.create(Object.getPrototypeOf(err));
    Object.defineProperties(copy, Object.getOwnPropertyDescriptors(err));
    Object.defineProperty(copy, 'stack', {
      value: kept.join('\n'), configurable: true, writable: true,
    });
    return inspect(copy, { colors });
  }
  return inspect(err, { colors });
}

function defaultEval(code, context, file, cb) {
  let compiled;
  try {
    compiled = compile(code, file, this && this.replMode === REPL_MODE_STRICT);
  } catch (err) {
    cb(isRecoverable(err) ? new Recoverable(err) : err);
    return;
  }
  let result;
  try {
    result = compiled.script.runInThisContext({ displayErrors: false });
  } catch (err) {
    cb(err);
    return;
  }
  if (compiled.async) {
    result.then((v) => cb(null, v), (err) => cb(err));
    return;
  }
  cb(null, result);
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: 'Alias for .break',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length)) + 3;
      for (const name of names) {
        const help = this.commands[name].help || '';
        this._write(`.${name.padEnd(width - 1)}${help}\n`);
      }
      this._write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      try {
        const text = fs.readFileSync(file.trim(), 'utf8');
        for (const line of text.split('\n')) this._evalLine(line);
      } catch {
        this._write(`Failed to load: ${file.trim()}\n`);
        this.displayPrompt();
      }
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file.trim(), `${this.lines.join('\n')}\n`);
        this._write(`Session saved to: ${file.trim()}\n`);
      } catch {
        this._write(`Failed to save: ${file.trim()}\n`);
      }
      this.displayPrompt();
    },
  });
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  get writer() { return globalWriter; },
  set writer(w) { globalWriter = w; },
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
  builtinModules: require('internal/modules/cjs/loader').builtinModules
    .filter((m) => !m.startsWith('_')),
};
