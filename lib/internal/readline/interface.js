// eddy: the readline Interface shared by node:readline and
// node:readline/promises: line splitting over any readable stream and, in
// terminal mode, an editable line (cursor keys, history, kill ring, undo,
// tab completion) redrawn with ANSI sequences.
//
// Internal methods are symbol-keyed; node:readline exposes them again under
// their historical underscore names (_ttyWrite, _refreshLine, ...) and routes
// the symbols through those names, so user overrides take effect.
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_USE_AFTER_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  inspect,
  getStringWidth,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSawKeyPress,
  kSubstringSearch,
} = require('internal/readline/utils');
const {
  clearScreenDown,
  cursorTo,
  moveCursor,
} = require('internal/readline/callbacks');

let emitKeypressEvents;
let kFirstEventParam;

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
const kDefaultEscapeCodeTimeout = 500;
const kMaxLengthOfKillRing = 32;

// Internal state and methods. The descriptions are the historical property
// names (node:readline maps them).
const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kLineObjectStream = Symbol('line object stream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestion = Symbol('kQuestion');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

// Pushes each line of s that ends in \r\n, \n or \r onto `lines` and returns
// the index where the unterminated rest starts. (indexOf is much faster than
// a per-character loop or a regexp on long chunks.)
function splitLines(s, lines) {
  let start = 0;
  let lf = s.indexOf('\n');
  let cr = s.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      lines.push(s.slice(start, lf));
      start = lf + 1;
    } else {
      lines.push(s.slice(start, cr));
      start = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    }
    if (lf !== -1 && lf < start) lf = s.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = s.indexOf('\r', start);
  }
  return start;
}

const kSpace = /\s/;
const kWord = /\w/;

// Start of the word left of `end`: skip blanks, then one run of word
// characters or of other non-blank characters.
function wordStartLeft(line, end) {
  let i = end;
  while (i > 0 && kSpace.test(line[i - 1])) i--;
  if (i > 0) {
    const word = kWord.test(line[i - 1]);
    while (i > 0 && !kSpace.test(line[i - 1]) &&
           kWord.test(line[i - 1]) === word) {
      i--;
    }
  }
  return i;
}

const kWordRightRe = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const kDeleteWordRightRe = /^(?:\s+|\W+|\w+)\s*/;

// The constructor is a plain function so that the instance properties come
// in node's order (some set before the EventEmitter fields).
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kDefaultEscapeCodeTimeout;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout',
                                        this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, follow the output's isTTY.
  if (terminal === undefined && output !== null && output !== undefined) {
    terminal = !!output.isTTY;
  }

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Killed (deleted) text, newest first, for yank (ctrl+y) and yank-pop.
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  const onError = (err) => {
    this.emit('error', err);
  };
  this[kLineObjectStream] = undefined;
  input.on('error', onError);

  if (!this.terminal) {
    const onData = (data) => {
      this[kNormalWrite](data);
    };
    const onEnd = () => {
      const rest = this[kLine_buffer];
      if (typeof rest === 'string' && rest.length > 0) this.emit('line', rest);
      this.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onKeypress = (s, key) => {
      this[kTtyWrite](s, key);
      if (key && key.sequence) {
        // Half of a surrogate pair arrived alone: redraw once it is whole.
        const c = key.sequence.codePointAt(0);
        if (c >= 0xd800 && c <= 0xdfff) this[kRefreshLine]();
      }
    };
    const onEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) {
        this.emit('line', this.line);
      }
      this.close();
    };
    const onResize = () => {
      this[kRefreshLine]();
    };

    emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onEnd);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
      if (output !== null && output !== undefined) {
        output.removeListener('resize', onResize);
      }
    });
  }

  if (signal) {
    const onAbort = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAbort);
      this.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      // A question is already pending: show its prompt again.
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
      this.output.write(stringToWrite);
    }
  }

  // Adds the current line to the history; returns the line to hand out.
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (line.trim().length === 0) return line;

    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const dup = history.indexOf(line);
        if (dup !== -1) history.splice(dup, 1);
      }
      history.unshift(line);
      if (history.length > this.historySize) history.pop();
    }
    this.historyIndex = -1;
    // The line handed out is the list's head before listeners run; they may
    // still edit the stored list (e.g. drop a password).
    const added = this.history[0];
    this.emit('history', this.history);
    return added;
  }

  // Redraws prompt + line and puts the cursor back where it belongs.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();

    // Go up to the first row of the prompt, then to column 0, and clear.
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);
    // At an exact multiple of the width, make the terminal wrap now.
    if (end.cols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  // Non-terminal input: split into lines on \n, \r\n and \r. A \r at the end
  // of a chunk ends its line at once; a \n starting the next chunk within
  // crlfDelay ms is then dropped.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }

    const lines = [];
    const rest = splitLines(string, lines);
    if (lines.length === 0) {
      // No line end yet: keep the text for the next chunk.
      if (string) {
        const buffered = this[kLine_buffer];
        this[kLine_buffer] = buffered ? buffered + string : string;
      }
      return;
    }
    const buffered = this[kLine_buffer];
    if (buffered) {
      lines[0] = buffered + lines[0];
      this[kLine_buffer] = null;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    // Whatever follows the last line end waits for more input.
    this[kLine_buffer] = string.slice(rest);
    for (let i = 0; i < lines.length; i++) this[kOnLine](lines[i]);
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Middle of a pasted chunk: append and echo, redraw later.
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  }

  // Completer returning the result or a promise of it.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const text = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(text);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer result [completions, completedSubstring]: extends the
  // line by the common prefix, or lists the candidates on a second tab.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    }
    if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);

    // Columns of candidates; '' entries start a new group.
    const widths = completions.map((e) => getStringWidth(e));
    let maxWidth = -Infinity;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i] > maxWidth) maxWidth = widths[i];
    }
    const cell = maxWidth + 2;
    let perRow = Math.floor(this.columns / cell) || 1;
    if (perRow === Infinity) perRow = 1;
    let out = '\r\n';
    let inRow = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const item = completions[i];
      if (item === '' || inRow === perRow) {
        out += '\r\n';
        inRow = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (item === '') {
        out += '\r\n';
      } else {
        out += item;
        pad = cell - widths[i];
        inRow++;
      }
    }
    if (inRow !== 0) out += '\r\n\r\n';
    this[kWriteToOutput](out);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      this[kMoveCursor](wordStartLeft(this.line, this.cursor) - this.cursor);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const m = kWordRightRe.exec(this.line.slice(this.cursor));
      this[kMoveCursor](m[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) +
        this.line.slice(this.cursor, this.line.length);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) +
        this.line.slice(this.cursor + size, this.line.length);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const start = wordStartLeft(this.line, this.cursor);
      this.line = this.line.slice(0, start) + this.line.slice(this.cursor, this.line.length);
      this.cursor = start;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const tail = this.line.slice(this.cursor);
      const m = kDeleteWordRightRe.exec(tail);
      this.line = this.line.slice(0, this.cursor) + tail.slice(m[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kPushToKillRing](text) {
    const ring = this[kKillRing];
    if (!text || text === ring[0]) return;
    ring.unshift(text);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxLengthOfKillRing) ring.pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // Right after a yank: replace the yanked text with the next ring entry.
  [kYankPop]() {
    if (!this[kYanking]) return;
    const ring = this[kKillRing];
    if (ring.length > 1) {
      const previous = ring[this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= ring.length) this[kKillRingCursor] = 0;
      const next = ring[this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - previous.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + next + tail;
      this.cursor = head.length + next.length;
      this[kRefreshLine]();
    }
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Enter in terminal mode: record history, start a fresh line, hand out.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // History moves skip entries that do not start with the text that was left
  // of the cursor when the up/down run began, and entries equal to the line.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    const history = this.history;
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!history[index].startsWith(search) || this.line === history[index])) {
      index--;
    }
    this.line = index === -1 ? search : history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  [kHistoryPrev]() {
    const history = this.history;
    if (this.historyIndex >= history.length || !history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < history.length &&
           (!history[index].startsWith(search) || this.line === history[index])) {
      index++;
    }
    this.line = index === history.length ? search : history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Row and column just after the last character of str on the screen.
  [kGetDisplayPos](str) {
    const width = this.columns;
    const tabSize = this.tabSize;
    let offset = 0;
    let rows = 0;
    if (str.indexOf('\x1b') !== -1 || str.indexOf('\x9b') !== -1) {
      str = stripVTControlCharacters(str);
    }
    const len = str.length;
    for (let i = 0; i < len; i++) {
      const code = str.charCodeAt(i);
      if (code >= 0x20 && code < 0x7f) {
        offset++;
      } else if (code === 10) {
        // A newline always starts at least one new row.
        rows += Math.ceil(offset / width) || 1;
        offset = 0;
      } else if (code === 9) {
        offset += tabSize - (offset % tabSize);
      } else {
        let ch;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
          const low = str.charCodeAt(i + 1);
          ch = low >= 0xdc00 && low <= 0xdfff ? str.slice(i, ++i + 1) : str[i];
        } else {
          ch = str[i];
        }
        const w = getStringWidth(ch, false);
        if (w === 2) {
          // A wide character does not split over the row end.
          if ((offset + 1) % width === 0) offset++;
          offset += 2;
        } else {
          offset += w;
        }
      }
    }
    const cols = offset % width;
    rows += (offset - cols) / width;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  // Moves the cursor dx units (clamped to the line) and the terminal's
  // cursor with it, redrawing when it changes row.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One key in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    // Anything but meta+y ends a yank run.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up/down start (or continue) a history search for the text left
    // of the cursor; any other key ends it.
    if ((key.name === 'up' || key.name === 'down') &&
        !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl+_ (0x1f) undoes, 0x1e redoes.
    if (typeof key.sequence === 'string') {
      const c = key.sequence.codePointAt(0);
      if (c === 0x1f) {
        this[kUndo]();
        return;
      }
      if (c === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'y': this[kYankPop](); break;
      }
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // for await (const line of rl): lines from now on, ending at 'close'.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      kFirstEventParam ??= require('internal/event_target').kFirstEventParam;
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// Ctrl+key in terminal mode.
function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;
    case 'h': self[kDeleteLeft](); break;
    case 'd':
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;
    case 'u': self[kDeleteLineLeft](); break;
    case 'k': self[kDeleteLineRight](); break;
    case 'a': self[kMoveCursor](-Infinity); break;
    case 'e': self[kMoveCursor](+Infinity); break;
    case 'b': self[kMoveCursor](-charLengthLeft(self.line, self.cursor)); break;
    case 'f': self[kMoveCursor](+charLengthAt(self.line, self.cursor)); break;
    case 'l':
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;
    case 'n': self[kHistoryNext](); break;
    case 'p': self[kHistoryPrev](); break;
    case 'y': self[kYank](); break;
    case 'z':
      if (process.platform === 'win32') break;
      if (self.listenerCount('SIGTSTP') > 0) {
        self.emit('SIGTSTP');
      } else {
        process.once('SIGCONT', () => {
          if (!self.paused) {
            // Pause and resume so that SIGINT, SIGTSTP and EOF work again.
            self.pause();
            self.emit('SIGCONT');
          }
          self[kSetRawMode](true);
          self[kRefreshLine]();
        });
        self[kSetRawMode](false);
        process.kill(process.pid, 'SIGTSTP');
      }
      break;
    case 'w':
    case 'backspace': self[kDeleteWordLeft](); break;
    case 'delete': self[kDeleteWordRight](); break;
    case 'left': self[kWordLeft](); break;
    case 'right': self[kWordRight](); break;
  }
}

// A key without modifiers in terminal mode.
function plainKey(self, s, key, previousKey) {
  // A \r followed by a \n within crlfDelay is one line end.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      self[kSawReturnAt] = Date.now();
      self[kLine]();
      return;
    case 'enter':
      if (self[kSawReturnAt] === 0 ||
          Date.now() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      return;
    case 'backspace': self[kDeleteLeft](); return;
    case 'delete': self[kDeleteRight](); return;
    case 'left': self[kMoveCursor](-charLengthLeft(self.line, self.cursor)); return;
    case 'right': self[kMoveCursor](+charLengthAt(self.line, self.cursor)); return;
    case 'home': self[kMoveCursor](-Infinity); return;
    case 'end': self[kMoveCursor](+Infinity); return;
    case 'up': self[kHistoryPrev](); return;
    case 'down': self[kHistoryNext](); return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        self[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s !== 'string' || !s) return;
  // Text (typed or written): insert it, ending a line at each line break.
  const lines = [];
  const rest = splitLines(s, lines);
  for (let i = 0; i < lines.length; i++) {
    self[kInsertString](lines[i]);
    self[kLine]();
  }
  self[kInsertString](rest === 0 ? s : s.slice(rest));
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
