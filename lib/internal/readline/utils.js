// eddy: helpers shared by node:readline — ANSI control sequences, UTF-16
// character lengths, common prefix of completions, and the key decoder that
// turns terminal input (one code point at a time) into node's `keypress`
// (str, key) events.
'use strict';

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');
// Set on an Interface by emitKeypressEvents: the last chunk was one key.
const kSawKeyPress = Symbol('_sawKeyPress');

// CSI`…${x}…`: a Control Sequence Introducer (ESC [) followed by the body.
function CSI(strings, ...args) {
  let out = kEscape + '[' + strings[0];
  for (let i = 0; i < args.length; i++) out += args[i] + strings[i + 1];
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

// Number of UTF-16 units of the character that ends at index i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) > 0xffff) ||
      str.codePointAt(i - 1) > 0xffff) {
    return 2;
  }
  return 1;
}

// Number of UTF-16 units of the character that starts at index i (1 past the
// end, so that moving right at the end of the line still "moves").
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

// Longest string every element starts with.
function commonPrefix(strings) {
  const n = strings.length;
  if (n === 0) return '';
  if (n === 1) return strings[0];
  // The common prefix of a set equals that of its smallest and largest
  // elements in code-unit order.
  let min = strings[0];
  let max = strings[0];
  for (let i = 1; i < n; i++) {
    const s = strings[i];
    if (s < min) min = s;
    if (s > max) max = s;
  }
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

// --- key decoding --------------------------------------------------------------
//
// Terminals send keys as single characters (letters, control codes) or as
// escape sequences:
//   ESC x                    meta + x
//   ESC O [mod] x            SS3 keys (f1-f4, arrows on some terminals)
//   ESC [ [ [digits] [; mod] x  CSI keys; x is a letter or one of ~ ^ $
//   ESC ESC …                same as one ESC
// The modifier number is 1 + shift*1 + alt*2 + ctrl*4 + meta*8.

// [name, extra flag] for each key code (the part after ESC, without the
// modifier). Flag: 1 = shift, 4 = ctrl.
const kKeyCodes = {
  __proto__: null,
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[200~': ['paste-start'], '[201~': ['paste-end'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'],
  '[20~': ['f9'], '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'],
  '[E': ['clear'], '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'],
  'OE': ['clear'], 'OF': ['end'], 'OH': ['home'],
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'],
  '[5~': ['pageup'], '[6~': ['pagedown'],
  '[[5~': ['pageup'], '[[6~': ['pagedown'],
  '[7~': ['home'], '[8~': ['end'],
  '[a': ['up', 1], '[b': ['down', 1], '[c': ['right', 1], '[d': ['left', 1],
  '[e': ['clear', 1],
  '[2$': ['insert', 1], '[3$': ['delete', 1], '[5$': ['pageup', 1],
  '[6$': ['pagedown', 1], '[7$': ['home', 1], '[8$': ['end', 1],
  'Oa': ['up', 4], 'Ob': ['down', 4], 'Oc': ['right', 4], 'Od': ['left', 4],
  'Oe': ['clear', 4],
  '[2^': ['insert', 4], '[3^': ['delete', 4], '[5^': ['pageup', 4],
  '[6^': ['pagedown', 4], '[7^': ['home', 4], '[8^': ['end', 4],
  '[Z': ['tab', 1],
};

const kNumberedKey = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kLetterKey = /^((\d;)?(\d))?([A-Za-z])$/;
const kAlnum = /^[0-9A-Za-z]$/;

function isDigit(ch) {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

function newKey() {
  return { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
}

// Parses the pending tokens (code points; '' marks an escape timeout) as one
// key. Returns undefined while the sequence is incomplete, otherwise
// [escaped, key] with key.sequence holding every token consumed (which is all
// of them: tokens are fed one at a time).
function parseKey(tokens) {
  const n = tokens.length;
  let i = 0;
  let ch = tokens[i++];
  let s = ch;
  let escaped = false;
  if (ch === kEscape) {
    escaped = true;
    if (i === n) return undefined;
    s += (ch = tokens[i++]);
    if (ch === kEscape) {
      if (i === n) return undefined;
      s += (ch = tokens[i++]);
    }
  }

  const key = newKey();
  if (escaped && (ch === 'O' || ch === '[')) {
    let code = ch;
    let modifier = 0;
    if (ch === 'O') {
      if (i === n) return undefined;
      s += (ch = tokens[i++]);
      if (isDigit(ch)) {
        modifier = ch.charCodeAt(0) - 49;
        if (i === n) return undefined;
        s += (ch = tokens[i++]);
      }
      code += ch;
    } else {
      if (i === n) return undefined;
      s += (ch = tokens[i++]);
      if (ch === '[') {
        code += ch;
        if (i === n) return undefined;
        s += (ch = tokens[i++]);
      }
      // The command part: up to three digits, an optional ";" with one more
      // digit and a final character.
      const start = s.length - 1;
      for (let d = 0; d < 3 && isDigit(ch); d++) {
        if (i === n) return undefined;
        s += (ch = tokens[i++]);
      }
      if (ch === ';') {
        if (i === n) return undefined;
        s += (ch = tokens[i++]);
        if (isDigit(ch)) {
          if (i === n) return undefined;
          s += tokens[i++];
        }
      }
      const cmd = s.slice(start);
      let m;
      if ((m = kNumberedKey.exec(cmd)) !== null) {
        if (m[4]) {
          code += m[4];
        } else {
          code += m[1] + m[3];
          modifier = (m[2] || 1) - 1;
        }
      } else if ((m = kLetterKey.exec(cmd)) !== null) {
        code += m[4];
        modifier = (m[3] || 1) - 1;
      } else {
        code += cmd;
      }
    }
    key.ctrl = (modifier & 4) !== 0;
    key.meta = (modifier & 10) !== 0;
    key.shift = (modifier & 1) !== 0;
    key.code = code;
    const entry = kKeyCodes[code];
    if (entry === undefined) {
      key.name = 'undefined';
    } else {
      key.name = entry[0];
      if (entry[1] === 1) key.shift = true;
      else if (entry[1] === 4) key.ctrl = true;
    }
  } else {
    switch (ch) {
      case '\r': key.name = 'return'; key.meta = escaped; break;
      case '\n': key.name = 'enter'; key.meta = escaped; break;
      case '\t': key.name = 'tab'; key.meta = escaped; break;
      case '\b':
      case '\x7f': key.name = 'backspace'; key.meta = escaped; break;
      case kEscape: key.name = 'escape'; key.meta = escaped; break;
      case ' ': key.name = 'space'; key.meta = escaped; break;
      default:
        if (!escaped && ch <= '\x1a') {
          // Ctrl+letter (ch is '' only for a stray timeout; see below).
          key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
          key.ctrl = true;
        } else if (kAlnum.test(ch)) {
          key.name = ch.toLowerCase();
          key.shift = ch >= 'A' && ch <= 'Z';
          key.meta = escaped;
        } else if (escaped) {
          // ESC followed by something else, or ESC alone (timeout).
          key.name = ch.length === 0 ? 'escape' : undefined;
          key.meta = true;
        }
    }
  }
  key.sequence = s;
  return [escaped, key];
}

// Feeds code points to parseKey and emits `keypress` on the stream.
class KeyDecoder {
  constructor(stream) {
    this.stream = stream;
    this.tokens = [];
  }

  // ch: one code point, or '' when the escape timeout expired.
  push(ch) {
    const tokens = this.tokens;
    tokens.push(ch);
    const result = parseKey(tokens);
    if (result === undefined) return;
    this.tokens = [];
    const escaped = result[0];
    const key = result[1];
    const s = key.sequence;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      this.stream.emit('keypress', escaped ? undefined : s, key);
    } else if (s.length !== 0 && charLengthAt(s, 0) === s.length) {
      // A single character without a name, e.g. "."
      this.stream.emit('keypress', s, key);
    }
  }

  reset() {
    this.tokens = [];
  }
}

module.exports = {
  CSI,
  KeyDecoder,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSawKeyPress,
  kSubstringSearch,
};
