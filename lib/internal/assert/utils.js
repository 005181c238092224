// eddy: helpers shared by node:assert's ok-style checks. A failing
// `assert.ok(x)` without a message quotes its own call from the source file:
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(x)
//
// The call site comes from the stack (V8-format frames), the file is read from
// disk, and a small tokenizer finds the innermost call expression around the
// reported column. When the source cannot be read the message is left
// undefined and AssertionError falls back to `<actual> == true`.
'use strict';

const AssertionError = require('internal/assert/assertion_error');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

// `${file}${line}${column}` -> message (or undefined when not found).
const messageCache = new Map();

// --- a tokenizer just good enough to find call expressions ----------------------

// Words after which `(` does not start a call and `/` starts a regexp.
const kKeywords = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'extends', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'of', 'return',
  'switch', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
]);

const T_NAME = 0;    // identifier or keyword
const T_VALUE = 1;   // number, string, template or regexp literal
const T_PUNCT = 2;   // operator or bracket

function isIdentStart(ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' ||
    ch === '$' || ch === '\\' || ch > '\u007f';
}

function isIdentPart(ch) {
  return isIdentStart(ch) || (ch >= '0' && ch <= '9');
}

function isSpace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' ||
    ch === '\v' || ch === '\f' || ch === '\u00a0' || ch === '\ufeff' ||
    ch === '\u2028' || ch === '\u2029';
}

// Index just past the quote that closes the string starting at `pos`.
function skipString(code, pos) {
  const quote = code[pos++];
  while (pos < code.length) {
    const ch = code[pos++];
    if (ch === '\\') pos++;
    else if (ch === quote || ch === '\n') break;
  }
  return pos;
}

// Index just past the regexp literal starting at `pos` (its flags included).
function skipRegExp(code, pos) {
  pos++;
  let inClass = false;
  while (pos < code.length) {
    const ch = code[pos++];
    if (ch === '\\') pos++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) break;
    else if (ch === '\n') return pos;
  }
  while (pos < code.length && isIdentPart(code[pos])) pos++;
  return pos;
}

// Index just past the template literal starting at `pos`; substitutions are
// tokenized (and dropped) to find their closing brace.
function skipTemplate(code, pos) {
  pos++;
  while (pos < code.length) {
    const ch = code[pos++];
    if (ch === '\\') {
      pos++;
    } else if (ch === '`') {
      break;
    } else if (ch === '$' && code[pos] === '{') {
      pos = tokenize(code, pos + 1, -1, null);
    }
  }
  return pos;
}

function regExpAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.type === T_VALUE) return false;
  if (prev.type === T_NAME) return kKeywords.has(prev.text);
  return prev.text !== ')' && prev.text !== ']' && prev.text !== '}';
}

// Tokenizes `code` from `pos`. With `tokens` null, stops after the `}` that
// closes an enclosing `${` and returns the index after it. Otherwise pushes
// tokens and stops once past `stopAfter` with every bracket closed; returns
// the index reached.
function tokenize(code, pos, stopAfter, tokens) {
  let depth = 0;
  let prev;
  while (pos < code.length) {
    const ch = code[pos];
    if (isSpace(ch)) {
      pos++;
      continue;
    }
    if (ch === '/' && code[pos + 1] === '/') {
      while (pos < code.length && code[pos] !== '\n') pos++;
      continue;
    }
    if (ch === '/' && code[pos + 1] === '*') {
      const close = code.indexOf('*/', pos + 2);
      pos = close === -1 ? code.length : close + 2;
      continue;
    }
    const start = pos;
    let type = T_PUNCT;
    if (isIdentStart(ch) || ch === '#') {
      pos++;
      while (pos < code.length && isIdentPart(code[pos])) pos++;
      type = T_NAME;
    } else if ((ch >= '0' && ch <= '9') ||
               (ch === '.' && code[pos + 1] >= '0' && code[pos + 1] <= '9')) {
      pos++;
      while (pos < code.length &&
             (isIdentPart(code[pos]) || code[pos] === '.' ||
              ((code[pos] === '+' || code[pos] === '-') &&
               (code[pos - 1] === 'e' || code[pos - 1] === 'E')))) {
        pos++;
      }
      type = T_VALUE;
    } else if (ch === '"' || ch === '\'') {
      pos = skipString(code, pos);
      type = T_VALUE;
    } else if (ch === '`') {
      pos = skipTemplate(code, pos);
      type = T_VALUE;
    } else if (ch === '/' && regExpAllowed(prev)) {
      pos = skipRegExp(code, pos);
      type = T_VALUE;
    } else if (ch === '?' && code[pos + 1] === '.' &&
               !(code[pos + 2] >= '0' && code[pos + 2] <= '9')) {
      pos += 2;
    } else if (ch === '.' && code[pos + 1] === '.' && code[pos + 2] === '.') {
      pos += 3;
    } else {
      pos++;
    }
    const token = { type, text: code.slice(start, pos), start, end: pos };
    prev = token;

    if (type === T_PUNCT) {
      if (ch === '(' || ch === '[' || ch === '{') {
        depth++;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        if (tokens === null && ch === '}' && depth === 0) return pos;
        if (depth > 0) depth--;
      }
    }
    if (tokens !== null) {
      tokens.push(token);
      if (depth === 0 && start > stopAfter) break;
    }
  }
  return pos;
}

// Index of the bracket matching each bracket token (-1 when unmatched).
function matchBrackets(tokens) {
  const match = new Array(tokens.length).fill(-1);
  const open = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== T_PUNCT) continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') {
      open.push(i);
    } else if (t.text === ')' || t.text === ']' || t.text === '}') {
      if (open.length === 0) continue;
      const o = open.pop();
      match[o] = i;
      match[i] = o;
    }
  }
  return match;
}

// Whether a token can end an expression that a following `(` or `[` applies
// to (a callee or an object being indexed).
function endsOperand(t) {
  if (t === undefined) return false;
  if (t.type === T_NAME) return !kKeywords.has(t.text) || t.text === 'this';
  if (t.type === T_VALUE) return true;
  return t.text === ')' || t.text === ']';
}

function isDot(t) {
  return t !== undefined && t.type === T_PUNCT && (t.text === '.' || t.text === '?.');
}

// Start of the callee of the call whose `(` is tokens[paren]: walks back over
// member accesses, calls and index expressions (`a.b[c](d).e`).
function calleeStart(tokens, match, paren) {
  let k = paren - 1;
  let start = tokens[k].start;
  while (k >= 0) {
    const t = tokens[k];
    if (t.type === T_PUNCT && (t.text === ')' || t.text === ']')) {
      const o = match[k];
      if (o === -1) break;
      start = tokens[o].start;
      if (endsOperand(tokens[o - 1])) {
        k = o - 1;
      } else if (isDot(tokens[o - 1]) && o >= 2) {
        k = o - 2;
      } else {
        break;
      }
      continue;
    }
    start = t.start;
    if (isDot(tokens[k - 1]) && k >= 2) {
      k -= 2;
      continue;
    }
    break;
  }
  return start;
}

// The innermost call expression in `code` that spans `offset`, as
// [start, end], or undefined.
function findCall(code, offset) {
  const tokens = [];
  tokenize(code, 0, offset, tokens);
  const match = matchBrackets(tokens);
  let best;
  for (let p = 1; p < tokens.length; p++) {
    const t = tokens[p];
    if (t.type !== T_PUNCT || t.text !== '(' || match[p] === -1) continue;
    const before = tokens[p - 1];
    if (!endsOperand(before)) continue;
    // `function name(` declares rather than calls.
    if (before.type === T_NAME && p >= 2 && tokens[p - 2].text === 'function') {
      continue;
    }
    const end = tokens[match[p]].end;
    const start = calleeStart(tokens, match, p);
    if (start <= offset && offset <= end &&
        (best === undefined || end - start < best[1] - best[0])) {
      best = [start, end];
    }
  }
  return best;
}

// Control characters other than tab and newlines are shown escaped.
const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g; // eslint-disable-line no-control-regex
function escapeControl(ch) {
  const c = ch.charCodeAt(0);
  if (c === 8) return '\\b';
  if (c === 12) return '\\f';
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

// --- the call site -----------------------------------------------------------------

// File, line and column (both 1-based) of the frame that called `fn`.
function callSite(fn) {
  const writable = isErrorStackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  if (writable) Error.stackTraceLimit = 1;
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const prepare = Error.prepareStackTrace;
  let stack;
  try {
    Error.prepareStackTrace = undefined;
    stack = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    if (writable) Error.stackTraceLimit = limit;
  }
  if (typeof stack !== 'string') return undefined;
  const frame = stack.split('\n').find((line) => line.startsWith('    at '));
  if (frame === undefined) return undefined;
  const m = /(?:\(|at (?:async )?)([^()]*?):(\d+):(\d+)\)?$/.exec(frame);
  if (m === null) return undefined;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

function isBuiltinFile(file) {
  if (!file.startsWith('node:')) return false;
  try {
    return require('internal/bootstrap/realm').BuiltinModule.exists(file.slice(5));
  } catch {
    return false;
  }
}

function fileUrlToPath(url) {
  let path = url.slice('file://'.length);
  if (path.startsWith('localhost/')) path = path.slice('localhost'.length);
  return decodeURIComponent(path);
}

function readSource(file) {
  const path = file.startsWith('file:') ? fileUrlToPath(file) : file;
  const source = internalBinding('fs').readFileUtf8(path);
  return typeof source === 'string' ? source : undefined;
}

// The source text of the call that invoked `fn`, formatted for ok()'s
// message, or undefined.
function getErrMessage(message, fn) {
  const site = callSite(fn);
  if (site === undefined || !site.file) return message;
  const key = `${site.file}${site.line - 1}${site.column - 1}`;
  if (messageCache.has(key)) return messageCache.get(key);
  if (isBuiltinFile(site.file)) {
    messageCache.set(key, undefined);
    return undefined;
  }
  let result;
  try {
    const source = readSource(site.file);
    if (source !== undefined) {
      let lineStart = 0;
      for (let i = 1; i < site.line && lineStart !== -1; i++) {
        lineStart = source.indexOf('\n', lineStart);
        if (lineStart !== -1) lineStart++;
      }
      if (lineStart !== -1) {
        const code = source.slice(lineStart);
        const found = findCall(code, site.column - 1);
        if (found !== undefined) {
          const column = found[0];
          let text = code.slice(found[0], found[1]).replace(/\r\n/g, '\n')
            .replace(kControlChars, escapeControl);
          // Continuation lines lose the call's own indentation and get two
          // spaces instead, like the first line.
          if (text.includes('\n')) {
            const lines = text.split('\n');
            text = lines.shift();
            for (const line of lines) {
              let pos = 0;
              while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) {
                pos++;
              }
              text += `\n  ${line.slice(pos)}`;
            }
          }
          result = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
        }
      }
    }
  } catch {
    result = undefined;
  }
  messageCache.set(key, result);
  return result;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  findCall,
  innerOk,
};
