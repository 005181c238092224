// eddy: regular expression literals with the `v` flag (unicodeSets,
// ES2024) in module sources. Node 20 accepts them; SpiderMonkey 102 rejects
// the whole source ("invalid regular expression flag v"), so packages such
// as string-width 7+ (and so yargs, cliui, ora) cannot load. When a source
// fails to compile, the loaders (cjs/loader.js, esm/loader.js) retry it
// once with rewriteUnicodeSetsRegExps(source): every `v` literal whose
// pattern means the same in `u` mode becomes a `u` literal. That covers
// patterns without the v-only syntax (no nested classes, `--`/`&&` set
// operations or `\q{}`), with v's extra class escapes (`\&`, `\!`, ...)
// unescaped, and the emoji properties of strings (`\p{RGI_Emoji}` and its
// parts) outside classes as u-mode equivalents built from the code point
// properties (they accept a few non-RGI sequences as well). A literal that
// cannot be translated is left alone, and the retry reports the original
// error. The rewritten regexps report `flags` with `u`, not `v`.
'use strict';

// One emoji element as ZWJ sequences combine them.
const kElement = String.raw`(?:\p{Emoji_Modifier_Base}\p{Emoji_Modifier}|` +
  String.raw`\p{Emoji_Presentation}\uFE0F?|\p{Emoji}\uFE0F)`;
const kFlag = String.raw`\p{Regional_Indicator}{2}`;
const kKeycap = String.raw`[#*0-9]\uFE0F\u20E3`;
const kTag = String.raw`\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}`;
const kModifier = String.raw`\p{Emoji_Modifier_Base}\p{Emoji_Modifier}`;
const kBasic = String.raw`\p{Emoji_Presentation}|\p{Emoji}\uFE0F`;
const kZwj = `${kElement}(?:\\u200D${kElement})+`;

const kStringProperties = {
  __proto__: null,
  RGI_Emoji: `${kTag}|${kFlag}|${kKeycap}|${kElement}(?:\\u200D${kElement})*`,
  Basic_Emoji: kBasic,
  Emoji_Keycap_Sequence: kKeycap,
  RGI_Emoji_Flag_Sequence: kFlag,
  RGI_Emoji_Modifier_Sequence: kModifier,
  RGI_Emoji_Tag_Sequence: kTag,
  RGI_Emoji_ZWJ_Sequence: kZwj,
};

// Punctuators v mode lets a class escape and u mode does not.
const kReservedPunctuators = '&!#%,:;<=>@`~';

// The u-mode pattern meaning what `body` means in v mode, or null.
function toUnicodeMode(body) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const d = body[i + 1];
      if ((d === 'p' || d === 'P') && body[i + 2] === '{') {
        const end = body.indexOf('}', i + 3);
        if (end === -1) return null;
        const name = body.slice(i + 3, end);
        if (kStringProperties[name] !== undefined) {
          if (inClass || d === 'P') return null;
          out += `(?:${kStringProperties[name]})`;
        } else {
          out += body.slice(i, end + 1);
        }
        i = end;
        continue;
      }
      if (inClass && d === 'q') return null;
      if (inClass && kReservedPunctuators.includes(d)) {
        out += d;
      } else {
        out += c + d;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[') return null;
      if ((c === '-' || c === '&') && body[i + 1] === c) return null;
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (body[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    out += c;
  }
  return out;
}

// Keywords after which `/` starts a regular expression.
const kRegexAfter = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new',
  'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

function isIdentChar(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
    c === '_' || c === '$' || c === '\\' || c > '\x7f';
}

// Index after the string literal opened at src[i].
function skipString(src, i) {
  const q = src[i];
  for (i++; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === q || src[i] === '\n') return i + 1;
  }
  return i;
}

// From inside a template literal at i: the index after its closing
// backquote, or after a `${` (then *opened is set).
function skipTemplate(src, i, state) {
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      state.opened = false;
      return i + 1;
    } else if (c === '$' && src[i + 1] === '{') {
      state.opened = true;
      return i + 2;
    }
  }
  state.opened = false;
  return i;
}

// The source with every translatable v-flag regexp literal rewritten.
function rewriteUnicodeSetsRegExps(src) {
  let out = '';
  let last = 0;
  let regexOK = true;
  const braces = [];  // 'tpl' for a `${` of a template, 'b' for a brace
  const state = { opened: false };
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '"' || c === "'") {
      i = skipString(src, i);
      regexOK = false;
    } else if (c === '`' || (c === '}' && braces[braces.length - 1] === 'tpl')) {
      // A template's text, from its start or from the end of a `${...}`.
      if (c === '}') braces.pop();
      i = skipTemplate(src, i + 1, state);
      if (state.opened) braces.push('tpl');
      regexOK = state.opened;
    } else if (c === '}') {
      braces.pop();
      i++;
      regexOK = true;
    } else if (c === '{') {
      braces.push('b');
      i++;
      regexOK = true;
    } else if (c === '/' && regexOK) {
      // A regular expression literal: find its end (classes may nest in v
      // mode, and `/` inside a class does not end it), then its flags.
      let j = i + 1;
      let depth = 0;
      for (; j < n && src[j] !== '\n'; j++) {
        const d = src[j];
        if (d === '\\') j++;
        else if (d === '[') depth++;
        else if (d === ']' && depth > 0) depth--;
        else if (d === '/' && depth === 0) break;
      }
      if (j >= n || src[j] !== '/') return src;  // not a literal after all
      let k = j + 1;
      while (k < n && isIdentChar(src[k])) k++;
      const flags = src.slice(j + 1, k);
      if (flags.includes('v') && !flags.includes('u')) {
        const body = toUnicodeMode(src.slice(i + 1, j));
        if (body !== null) {
          out += src.slice(last, i) + `/${body}/${flags.replace('v', 'u')}`;
          last = k;
        }
      }
      i = k;
      regexOK = false;
    } else if (isIdentChar(c)) {
      let k = i + 1;
      while (k < n && isIdentChar(src[k])) k++;
      const word = src.slice(i, k);
      regexOK = kRegexAfter.has(word);
      i = k;
    } else if (c === ')' || c === ']') {
      i++;
      regexOK = false;
    } else {
      i++;
      regexOK = true;
    }
  }
  return last === 0 ? src : out + src.slice(last);
}

// Whether `source` may hold a v-flag literal (a cheap test before the scan).
function mayHaveUnicodeSets(source) {
  return /\/[dgimsy]*v[dgimsy]*(?![\w$])/.test(source);
}

module.exports = { rewriteUnicodeSetsRegExps, mayHaveUnicodeSets, toUnicodeMode };
