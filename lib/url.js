// eddy: node:url. The WHATWG API (URL, URLSearchParams, the file URL
// helpers) comes from internal/url; this file adds Node's legacy API:
// url.parse() into a Url object, url.format(), url.resolve() and
// url.resolveObject(), with the quirks programs written for Node rely on
// (backslashes before the query become slashes, the host ends at the first
// character RFC 2396 never allows in one, `javascript:` is never escaped...).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  formatURL,
  getURLRecord,
  invalidURL,
  pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');
// internal/idna loads on the first legacy parse with a host.
let idna;
const { encodeStr, keepTable } = require('internal/url_encode');

let querystring;
function lazyQuerystring() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

// Protocols whose text after the scheme is never escaped or given a host.
const kOpaqueProtocols = new Set(['javascript', 'javascript:']);
// Protocols that always take `//` before the host.
const kSlashedProtocols = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);

const kProtocol = /^[a-z0-9.+-]+:/i;
const kPort = /:[0-9]*$/;
const kAuthAndHost = /^\/\/[^@/]+@[^@/]+/;
const kSimplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kHostnameMaxLength = 255;

// Characters that may not appear in a hostname after IDNA (a subset of the
// URL Standard's forbidden host code points plus ':', '@', '[' and ']').
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenIPv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let warnedParse = false;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse && internalBinding('process_methods').options.pendingDeprecation) {
    warnedParse = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have ' +
      'security implications. Use the WHATWG URL API instead. CVEs are not ' +
      'issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function isBracketed(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

// Whitespace url.parse() trims: C0 controls, space, NBSP and the BOM.
function isTrimmedSpace(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

// Trims, and turns backslashes into slashes up to the first '?' or '#'.
// Reports whether a '#' or an '@' (before the split) was seen.
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmedSpace(url.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(url.charCodeAt(end - 1))) end--;
  let out = '';
  let last = start;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const code = url.charCodeAt(i);
    if (split) {
      if (code === 0x23) { hasHash = true; break; }
      continue;
    }
    if (code === 0x40) {
      hasAt = true;
    } else if (code === 0x23) {
      hasHash = true;
      split = true;
    } else if (code === 0x3f) {
      split = true;
    } else if (code === 0x5c) {
      out += `${url.slice(last, i)}/`;
      last = i + 1;
    }
  }
  return { rest: out + url.slice(last, end), hasHash, hasAt };
}

// Characters of the rest of the URL that are escaped (RFC 2396 delimiters
// and "unwise" characters, and the single quote).
const kAutoEscape = {
  __proto__: null,
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B',
  '|': '%7C', '}': '%7D',
};
const kAutoEscapeChars = /[\t\n\r "'<>\\^`{|}]/g;

function autoEscape(rest) {
  return rest.replace(kAutoEscapeChars, (c) => kAutoEscape[c]);
}

// Characters that end the host without being a path/query/fragment start.
function isNonHostChar(code) {
  switch (code) {
    case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b: case 0x3c:
    case 0x3e: case 0x5c: case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
      return true;
    default:
      return false;
  }
}

let warnedInvalidPort = false;

function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const prepared = prepareInput(url);
  let rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    // A plain path with an optional query needs no further work.
    const m = kSimplePath.exec(rest);
    if (m) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ?
          lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let lowerProto;
  const protoMatch = kProtocol.exec(rest);
  if (protoMatch) {
    lowerProto = protoMatch[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(protoMatch[0].length);
  }

  // `user@host` always means a host; so does `//host` when asked.
  let slashes = false;
  if (slashesDenoteHost || protoMatch || kAuthAndHost.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(protoMatch && kOpaqueProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!kOpaqueProtocols.has(lowerProto) &&
      (slashes || (protoMatch && !kSlashedProtocols.has(protoMatch[0])))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!kOpaqueProtocols.has(lowerProto)) rest = autoEscape(rest);

  const hashAt = rest.indexOf('#');
  const queryAt = rest.indexOf('?');
  const hasQuery = queryAt !== -1 && (hashAt === -1 || queryAt < hashAt);
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  if (hasQuery) {
    const queryEnd = hashAt === -1 ? rest.length : hashAt;
    this.search = rest.slice(queryAt, queryEnd);
    this.query = rest.slice(queryAt + 1, queryEnd);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  const pathEnd = hasQuery ? queryAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (kSlashedProtocols.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
}

// Splits auth, host and port off the front of `rest` into `self`; returns
// what is left.
function parseAuthority(self, rest, url) {
  // The host runs to the first '/', '?' or '#'; before that, the last '@'
  // ends the auth, and the first character never allowed in a host ends
  // the host early (unless an '@' follows it). Tabs and newlines go.
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) {
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i--;
    } else if (code === 0x23 || code === 0x2f || code === 0x3f) {
      if (nonHost === -1) nonHost = i;
      break;
    } else if (code === 0x40) {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && isNonHostChar(code)) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    hostStart = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const ipv6 = isBracketed(self.hostname);

  if (!ipv6) {
    // A ':' (a port that is not a number), or another delimiter, ends the
    // hostname; the remainder moves into the path.
    const hostname = self.hostname;
    for (let i = 0; i < hostname.length; i++) {
      const code = hostname.charCodeAt(i);
      if (code === 0x2f || code === 0x5c || code === 0x23 || code === 0x3f || code === 0x3a) {
        if (code === 0x3a && !warnedInvalidPort) {
          warnedInvalidPort = true;
          process.emitWarning(
            `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  self.hostname = self.hostname.length > kHostnameMaxLength ? '' : self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (kForbiddenIPv6HostChars.test(self.hostname)) throw invalidURL(url);
    } else {
      // Node's IDNA step stops at a NUL (it works on a C string).
      const nul = self.hostname.indexOf('\0');
      if (idna === undefined) idna = require('internal/idna');
      const ascii = idna.toASCII(nul === -1 ? self.hostname : self.hostname.slice(0, nul));
      self.hostname = ascii === null ? '' : ascii;
      // IDNA must not produce characters that would change what the host
      // means (or make it vanish).
      if (self.hostname === '' || kForbiddenHostChars.test(self.hostname)) {
        throw invalidURL(url);
      }
    }
  }

  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function parseHost() {
  let host = this.host;
  const m = kPort.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
}

// --- format --------------------------------------------------------------------------

// Characters an auth component keeps as they are: A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
// (built on the first format with an auth)
let kAuthKeep;

function format() {
  let auth = this.auth || '';
  if (auth) {
    if (kAuthKeep === undefined) kAuthKeep = keepTable("!'()*-._~:");
    auth = `${encodeStr(auth, kAuthKeep)}@`;
  }

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = this.hostname;
    host = auth + (hostname.includes(':') && !isBracketed(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = lazyQuerystring().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get '//' (others keep it if they had it).
  if (this.slashes || kSlashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (getURLRecord(urlObject) !== undefined) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject, fragment, unicode, search, auth);
  }
  return format.call(urlObject);
}

// --- resolve -------------------------------------------------------------------------

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// A host like `user@host` left in the host field (hostless protocols
// resolve the first path segment into the host) is split into auth and host.
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts[0];
    result.host = result.hostname = parts[1];
  }
}

// Drops '.' segments and resolves '..' against the segments before it;
// returns the number of '..' that went above the start.
function removeDotSegments(segments) {
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (seg === '.') {
      segments.splice(i, 1);
    } else if (seg === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }

  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];

  // The fragment always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // `//host/path`: everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (kSlashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different protocol: a non-slashed one is taken as absolute; a
    // slashed one needs a host (taken from the path if missing), except
    // file: and the hostless protocols.
    if (!kSlashedProtocols.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !kOpaqueProtocols.has(relative.protocol)) {
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const sourceIsAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relativeIsAbsolute =
    relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = relativeIsAbsolute || sourceIsAbsolute ||
    (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const hostless = result.protocol && !kSlashedProtocols.has(result.protocol);

  // For protocols without '//', the host is just the first path segment:
  // move it into the path so '..' can climb into it, and back at the end.
  if (hostless) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relPath[0] === '' || srcPath[0] === '');
  }

  if (relativeIsAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: replace the last segment of the source path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the path.
    if (hostless) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or '/') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  let up = removeDotSegments(srcPath);
  if (!mustEndAbsolute && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbsolute && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (hostless) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbsolute = mustEndAbsolute || (result.host && srcPath.length);
  if (mustEndAbsolute && !isAbsolute) srcPath.unshift('');

  if (srcPath.length) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

Url.prototype.parse = parse;
Url.prototype.format = format;
Url.prototype.resolve = resolve;
Url.prototype.resolveObject = resolveObject;
Url.prototype.parseHost = parseHost;

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
