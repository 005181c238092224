// eddy: node:punycode (deprecated, DEP0040): the API of punycode.js 2.1.0,
// RFC 3492 encoding plus the domain-name helpers. The encoder is shared with
// the URL host parser (internal/idna); decoding is separate here because this
// module reports which of punycode.js's three errors happened.
'use strict';

const { punycodeEncode } = require('internal/idna');

if (internalBinding('process_methods').options.pendingDeprecation) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland ' +
    'alternative instead.', 'DeprecationWarning', 'DEP0040');
}

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kMaxInt = 0x7fffffff;
const kSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

const kErrors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new RangeError(kErrors[type]);
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  for (; delta > 455; k += kBase) delta = Math.floor(delta / 35);
  return Math.floor(k + (36 * delta) / (delta + 38));
}

function digitOf(code) {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return kBase;
}

// UCS-2 string -> code points, pairing surrogates, keeping lone ones.
function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function decode(input) {
  input = `${input}`;
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    out.push(input.charCodeAt(j));
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= kBase) fail('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) fail('overflow');
      w *= kBase - t;
    }
    const count = out.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > kMaxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function encode(input) {
  const out = punycodeEncode(ucs2encode(ucs2decode(`${input}`)));
  if (out === null) fail('overflow');
  return out;
}

// Applies fn to each label of a domain (or the domain part of an email).
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = `${at[0]}@`;
    domain = at[1];
  }
  const labels = domain.replace(kSeparators, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(`${input}`, (label) =>
    (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

function toUnicode(input) {
  return mapDomain(`${input}`, (label) =>
    (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
