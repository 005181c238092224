// eddy: the URL Standard's basic URL parser, host parser and serializers,
// written from https://url.spec.whatwg.org/. A URL record is a plain object:
//
//   { scheme, username, password, host, port, path, query, fragment }
//
// `host` is the serialized host (a domain, "a.b.c.d", "[v6]" or an opaque
// host), '' for the empty host or null; `port` a number or null; `path` an
// array of segments, or a string for an opaque path; `query` and `fragment`
// strings or null.
//
// Where Node 20 (ada 2.9) differs from the current standard in ways programs
// can observe, eddy follows Node: `^` is not percent-encoded in paths, and an
// opaque path keeps its spaces at parse time but loses trailing ones when the
// query and fragment are removed through the setters.
'use strict';

const { toASCII } = require('internal/idna');

// --- code point classes -------------------------------------------------------

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isAsciiDigit(c) { return c >= 0x30 && c <= 0x39; }
function isAsciiHex(c) {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexValue(c) {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x37;
  return c - 0x57;
}

const kSpecialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) { return scheme in kSpecialPorts; }
function defaultPort(scheme) {
  const p = kSpecialPorts[scheme];
  return p === undefined ? null : p;
}

// --- percent-encoding -----------------------------------------------------------

// Each set is a 128-entry table for ASCII; everything above U+007E is in every set.
function makeSet(base, chars) {
  const set = base ? base.slice() : new Array(128).fill(false);
  if (!base) for (let i = 0; i < 0x20; i++) set[i] = true;
  set[0x7f] = true;
  for (const ch of chars) set[ch.charCodeAt(0)] = true;
  return set;
}
const kC0ControlSet = makeSet(null, '');
const kFragmentSet = makeSet(kC0ControlSet, ' "<>`');
const kQuerySet = makeSet(kC0ControlSet, ' "#<>');
const kSpecialQuerySet = makeSet(kQuerySet, "'");
const kPathSet = makeSet(kQuerySet, '?`{}');
const kUserinfoSet = makeSet(kPathSet, '/:;=@[\\]^|');
const kComponentSet = makeSet(kUserinfoSet, '$%&+,');
const kFormSet = makeSet(kComponentSet, "!'()~");

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8PercentEncodeCodePoint(cp) {
  if (cp < 0x80) return kHex[cp];
  if (cp < 0x800) return kHex[0xc0 | (cp >> 6)] + kHex[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return kHex[0xe0 | (cp >> 12)] + kHex[0x80 | ((cp >> 6) & 0x3f)] + kHex[0x80 | (cp & 0x3f)];
  }
  return kHex[0xf0 | (cp >> 18)] + kHex[0x80 | ((cp >> 12) & 0x3f)] +
    kHex[0x80 | ((cp >> 6) & 0x3f)] + kHex[0x80 | (cp & 0x3f)];
}

// Percent-encodes the code points of `s` that are in `set` (a well-formed
// string is expected; lone surrogates encode as U+FFFD). With spaceAsPlus,
// U+0020 becomes '+' (application/x-www-form-urlencoded).
function percentEncodeString(s, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && !set[c]) continue;
    if (c === 0x20 && spaceAsPlus) {
      out += `${s.slice(last, i)}+`;
      last = i + 1;
      continue;
    }
    let cp = c;
    let next = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        next = i + 2;
      } else {
        cp = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      cp = 0xfffd;
    }
    out += s.slice(last, i) + utf8PercentEncodeCodePoint(cp);
    last = next;
    i = next - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Percent-decodes `s` into an array of bytes (string code units above 0x7F
// are UTF-8 encoded first).
function percentDecodeToBytes(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length && isAsciiHex(s.charCodeAt(i + 1)) &&
        isAsciiHex(s.charCodeAt(i + 2))) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          cp = 0xfffd;
        }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        cp = 0xfffd;
      }
      pushUtf8(bytes, cp);
    }
  }
  return bytes;
}

function pushUtf8(bytes, cp) {
  if (cp < 0x800) {
    bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f),
               0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
}

// UTF-8 decode without BOM, replacing each maximal invalid subpart with
// U+FFFD (the Encoding Standard's decoder).
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let chunk = [];
  const flush = () => {
    out += String.fromCharCode.apply(null, chunk);
    chunk = [];
  };
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      chunk.push(b);
      i++;
    } else {
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
        need = 2; cp = b & 0xf;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3; cp = b & 0x7;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else {
        chunk.push(0xfffd);
        i++;
        continue;
      }
      let j = i + 1;
      let ok = true;
      for (let n = 0; n < need; n++, j++) {
        const c = j < end ? bytes[j] : -1;
        if (c < lower || c > upper) { ok = false; break; }
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok) {
        chunk.push(0xfffd);
        i = j;
        continue;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        chunk.push(cp);
      }
      i = j;
    }
    if (chunk.length > 8192) flush();
  }
  flush();
  return out;
}

const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// WebIDL USVString conversion of a string.
function toUSVString(s) {
  return s.replace(kLoneSurrogate, '\uFFFD');
}

// --- hosts -------------------------------------------------------------------------

function isForbiddenHostCodePoint(c) {
  return c === 0x0 || c === 0x9 || c === 0xa || c === 0xd || c === 0x20 ||
    c === 0x23 || c === 0x2f || c === 0x3a || c === 0x3c || c === 0x3e ||
    c === 0x3f || c === 0x40 || c === 0x5b || c === 0x5c || c === 0x5d ||
    c === 0x5e || c === 0x7c;
}

function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || c <= 0x1f || c === 0x25 || c === 0x7f;
}

// Returns the number, or NaN for failure.
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s[0] === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '') return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d;
    if (radix === 16) {
      if (!isAsciiHex(c)) return NaN;
      d = hexValue(c);
    } else {
      if (!isAsciiDigit(c)) return NaN;
      d = c - 0x30;
      if (d >= radix) return NaN;
    }
    n = n * radix + d;
  }
  return n;
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the IPv4 address as a number, or null for failure.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.` +
    `${Math.floor(n / 256) % 256}.${n % 256}`;
}

// Returns an array of 8 pieces, or null for failure.
function parseIPv6(s) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const at = (i) => (i < s.length ? s.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isAsciiHex(at(p))) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isAsciiDigit(at(p))) return null;
        while (isAsciiDigit(at(p))) {
          const n = at(p) - 0x30;
          if (piece === null) piece = n;
          else if (piece === 0) return null;
          else piece = piece * 10 + n;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser. Returns the serialized host, or null for failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHostCodePoint(input.charCodeAt(i))) return null;
    }
    return percentEncodeString(input, kC0ControlSet);
  }
  const domain = input.includes('%') ? utf8Decode(percentDecodeToBytes(input)) : input;
  const ascii = domainToASCII(domain);
  if (ascii === null) return null;
  if (endsInANumber(ascii)) {
    const ipv4 = parseIPv4(ascii);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return ascii;
}

// The URL Standard's "domain to ASCII" with beStrict false; null for failure.
function domainToASCII(domain) {
  const ascii = toASCII(domain);
  if (ascii === null || ascii === '') return null;
  for (let i = 0; i < ascii.length; i++) {
    if (isForbiddenDomainCodePoint(ascii.charCodeAt(i))) return null;
  }
  return ascii;
}

// --- the basic URL parser ----------------------------------------------------------

const S_SCHEME_START = 1;
const S_SCHEME = 2;
const S_NO_SCHEME = 3;
const S_SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const S_PATH_OR_AUTHORITY = 5;
const S_RELATIVE = 6;
const S_RELATIVE_SLASH = 7;
const S_SPECIAL_AUTHORITY_SLASHES = 8;
const S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const S_AUTHORITY = 10;
const S_HOST = 11;
const S_HOSTNAME = 12;
const S_PORT = 13;
const S_FILE = 14;
const S_FILE_SLASH = 15;
const S_FILE_HOST = 16;
const S_PATH_START = 17;
const S_PATH = 18;
const S_OPAQUE_PATH = 19;
const S_QUERY = 20;
const S_FRAGMENT = 21;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], query: null, fragment: null,
  };
}

function cloneRecord(r) {
  return {
    scheme: r.scheme, username: r.username, password: r.password, host: r.host,
    port: r.port, path: typeof r.path === 'string' ? r.path : r.path.slice(),
    query: r.query, fragment: r.fragment,
  };
}

function hasOpaquePath(r) { return typeof r.path === 'string'; }
function includesCredentials(r) { return r.username !== '' || r.password !== ''; }
function cannotHaveUsernamePasswordPort(r) {
  return r.host === null || r.host === '' || r.scheme === 'file';
}

function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// `cps` from index `p` starts with a Windows drive letter.
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isWindowsDriveLetter(cps[p] + cps[p + 1])) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function shortenPath(r) {
  const path = r.path;
  if (r.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

const kTrimC0 = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const kTabNewline = /[\t\n\r]/g;

// The basic URL parser. Without `url` it returns a new record or null for
// failure. With `url` and `stateOverride` it edits `url` in place (the
// setters) and returns false for failure.
function basicParse(input, base = null, url = null, stateOverride = 0) {
  if (url === null) {
    url = newRecord();
    input = input.replace(kTrimC0, '');
  }
  input = input.replace(kTabNewline, '');
  const cps = Array.from(input);
  const len = cps.length;
  let state = stateOverride || S_SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const failure = stateOverride ? false : null;

  for (let p = 0; p <= len; p++) {
    const c = p < len ? cps[p] : undefined;  // undefined is EOF
    const cc = c === undefined ? -1 : c.codePointAt(0);
    switch (state) {
      case S_SCHEME_START:
        if (isAsciiAlpha(cc)) {
          buffer += c.toLowerCase();
          state = S_SCHEME;
        } else if (!stateOverride) {
          state = S_NO_SCHEME;
          p--;
        } else {
          return failure;
        }
        break;

      case S_SCHEME:
        if (isAsciiAlpha(cc) || isAsciiDigit(cc) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S_FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = S_SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === '/') {
            state = S_PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S_OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S_NO_SCHEME;
          p = -1;
        } else {
          return failure;
        }
        break;

      case S_NO_SCHEME:
        if (base === null || (hasOpaquePath(base) && c !== '#')) return failure;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S_FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S_RELATIVE;
          p--;
        } else {
          state = S_FILE;
          p--;
        }
        break;

      case S_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[p + 1] === '/') {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S_RELATIVE;
          p--;
        }
        break;

      case S_PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S_AUTHORITY;
        } else {
          state = S_PATH;
          p--;
        }
        break;

      case S_RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') {
          state = S_RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = S_RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S_QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S_PATH;
            p--;
          }
        }
        break;

      case S_RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S_AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S_PATH;
          p--;
        }
        break;

      case S_SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[p + 1] === '/') {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S_AUTHORITY;
          p--;
        }
        break;

      case S_AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          // The buffer holds whole code points; ':' splits once.
          const colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (colon === -1) {
            const enc = percentEncodeString(buffer, kUserinfoSet);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          } else {
            passwordTokenSeen = true;
            url.username += percentEncodeString(buffer.slice(0, colon), kUserinfoSet);
            url.password += percentEncodeString(buffer.slice(colon + 1), kUserinfoSet);
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSignSeen && buffer === '') return failure;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = S_HOST;
        } else {
          buffer += c;
        }
        break;

      case S_HOST:
      case S_HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = S_FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return failure;
          if (stateOverride === S_HOSTNAME) return failure;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = S_PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\')) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return failure;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null)) {
            return failure;
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = S_PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case S_PORT:
        if (isAsciiDigit(cc)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\') || stateOverride) {
          if (buffer !== '') {
            let port = 0;
            for (let i = 0; i < buffer.length; i++) {
              port = port * 10 + (buffer.charCodeAt(i) - 0x30);
              if (port > 65535) return failure;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return true;
          state = S_PATH_START;
          p--;
        } else {
          return failure;
        }
        break;

      case S_FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S_FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S_QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S_FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S_PATH;
            p--;
          }
        } else {
          state = S_PATH;
          p--;
        }
        break;

      case S_FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S_FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S_PATH;
          p--;
        }
        break;

      case S_FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S_PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = S_PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === null) return failure;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = S_PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S_PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = S_PATH;
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S_QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S_FRAGMENT;
        } else if (c !== undefined) {
          state = S_PATH;
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S_PATH: {
        const special = isSpecialScheme(url.scheme);
        const slash = c === '/' || (special && c === '\\');
        if (c === undefined || slash || (!stateOverride && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S_QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S_FRAGMENT;
          }
        } else {
          buffer += (cc < 0x80 && !kPathSet[cc]) ? c : percentEncodeString(c, kPathSet);
        }
        break;
      }

      case S_OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S_QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S_FRAGMENT;
        } else if (c !== undefined) {
          url.path += (cc < 0x80 && !kC0ControlSet[cc]) ? c : percentEncodeString(c, kC0ControlSet);
        }
        break;

      case S_QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += percentEncodeString(
            buffer, isSpecialScheme(url.scheme) ? kSpecialQuerySet : kQuerySet);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S_FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;

      case S_FRAGMENT:
        if (c !== undefined) {
          url.fragment += (cc < 0x80 && !kFragmentSet[cc]) ? c : percentEncodeString(c, kFragmentSet);
        }
        break;

      default:
        break;
    }
  }
  return stateOverride ? true : url;
}

// --- serializers ------------------------------------------------------------------------

function serializePath(r) {
  if (typeof r.path === 'string') return r.path;
  let out = '';
  for (const segment of r.path) out += `/${segment}`;
  return out;
}

function serializeURL(r, excludeFragment = false) {
  let out = `${r.scheme}:`;
  if (r.host !== null) {
    out += '//';
    if (includesCredentials(r)) {
      out += r.username;
      if (r.password !== '') out += `:${r.password}`;
      out += '@';
    }
    out += r.host;
    if (r.port !== null) out += `:${r.port}`;
  } else if (typeof r.path !== 'string' && r.path.length > 1 && r.path[0] === '') {
    out += '/.';
  }
  out += serializePath(r);
  if (r.query !== null) out += `?${r.query}`;
  if (!excludeFragment && r.fragment !== null) out += `#${r.fragment}`;
  return out;
}

function serializeOrigin(r) {
  switch (r.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(r));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${r.scheme}://${r.host}${r.port === null ? '' : `:${r.port}`}`;
    default:
      return 'null';
  }
}

// Node 20: with the query and fragment gone, trailing spaces of an opaque
// path are dropped.
function stripTrailingSpacesFromOpaquePath(r) {
  if (typeof r.path !== 'string') return;
  if (r.fragment !== null || r.query !== null) return;
  r.path = r.path.replace(/ +$/, '');
}

// --- application/x-www-form-urlencoded -------------------------------------------------

// Parses into a flat [name, value, name, value, ...] array.
function parseUrlencoded(input) {
  const out = [];
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('&', start);
    if (end === -1) end = input.length;
    if (end > start) {
      const seq = input.slice(start, end);
      const eq = seq.indexOf('=');
      const name = eq === -1 ? seq : seq.slice(0, eq);
      const value = eq === -1 ? '' : seq.slice(eq + 1);
      out.push(formDecode(name), formDecode(value));
    }
    start = end + 1;
  }
  return out;
}

function formDecode(s) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!s.includes('%') && !/[^\x00-\x7f]/.test(s)) return s;
  return utf8Decode(percentDecodeToBytes(s));
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncodeString(list[i], kFormSet, true)}=${percentEncodeString(list[i + 1], kFormSet, true)}`;
  }
  return out;
}

module.exports = {
  S_FRAGMENT,
  S_HOST,
  S_HOSTNAME,
  S_PATH_START,
  S_PORT,
  S_QUERY,
  S_SCHEME_START,
  basicParse,
  cannotHaveUsernamePasswordPort,
  cloneRecord,
  defaultPort,
  domainToASCII,
  hasOpaquePath,
  isSpecialScheme,
  kUserinfoSet,
  parseHost,
  parseUrlencoded,
  percentDecodeToBytes,
  percentEncodeString,
  serializeOrigin,
  serializePath,
  serializeURL,
  serializeUrlencoded,
  stripTrailingSpacesFromOpaquePath,
  toUSVString,
  utf8Decode,
};
