// eddy: the WHATWG URL API (URL, URLSearchParams) and the file URL / HTTP
// options helpers node:url exports. Parsing and the setters run in C++ (the
// `url` binding over src/url/): a URL keeps its serialized href and the
// offsets of its components, so getters are substrings of the href.
// Behaviour follows the URL Standard and Node 20 where they differ (see
// src/url/url.h).
'use strict';

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const {
  parseUrlencoded, percentEncodeString, serializeUrlencoded, toUSVString,
} = require('internal/url_parser');
const urlBinding = internalBinding('url');
const {
  parse: bindingParse,
  parseHref: bindingParseHref,
  canParse: bindingCanParse,
  update: bindingUpdate,
  isURL: isURLObject,
  getSearchParams: bindingGetSearchParams,
  setSearchParams: bindingSetSearchParams,
  domainToASCII: bindingDomainToASCII,
  components: kComponents,
  loadComponents: bindingLoadComponents,
} = urlBinding;

// UTS #46 ToASCII for the hosts the C++ side does not map itself (loaded on
// first use: most programs never need it).
let idna;
function idnaToASCII(domain) {
  if (idna === undefined) idna = require('internal/idna');
  return idna.toASCII(domain);
}
function idnaToUnicode(domain) {
  if (idna === undefined) idna = require('internal/idna');
  return idna.toUnicode(domain);
}

// Setter ids (src/url/url.h, enum Setter).
const kSetProtocol = 0;
const kSetUsername = 1;
const kSetPassword = 2;
const kSetHost = 3;
const kSetHostname = 4;
const kSetPort = 5;
const kSetPathname = 6;
const kSetSearch = 7;
const kSetHash = 8;
const kSetSearchParams = 9;
const kSetHref = 10;

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// WebIDL USVString conversion of any value (a Symbol throws TypeError).
function toUSV(value) {
  return toUSVString(`${value}`);
}

const kColors = /\u001b\[\d\d?m/g;

// --- URLSearchParams --------------------------------------------------------------

// Access to private state across the two classes.
let paramsList;      // (params) => flat [name, value, ...] array
let paramsAttach;    // (params, url) => links a params object to its URL
let paramsReplace;   // (params, list) => replaces the list (URL query changed)
let urlQueryChanged; // (url, query) => a linked params object changed the query

function ensureParams(self) {
  if (self === null || typeof self !== 'object' || paramsList(self) === undefined) {
    throw new ERR_INVALID_THIS('URLSearchParams');
  }
}

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsList = (p) => (#list in p ? p.#list : undefined);
    paramsAttach = (p, url) => { p.#url = url; };
    paramsReplace = (p, list) => { p.#list = list; };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = [];
        for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(toUSV(items[0]), toUSV(items[1]));
        }
        this.#list = list;
      } else {
        // A record: own enumerable keys, later duplicates (after USV
        // conversion) overwrite earlier values in place.
        const list = [];
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSV(key);
          const value = toUSV(init[key]);
          if (seen.has(name)) {
            list[seen.get(name)] = value;
          } else {
            seen.set(name, list.length + 1);
            list.push(name, value);
          }
        }
        this.#list = list;
      }
      return;
    }
    let s = toUSV(init);
    if (s[0] === '?') s = s.slice(1);
    this.#list = parseUrlencoded(s);
  }

  #update() {
    if (this.#url !== null) {
      const q = serializeUrlencoded(this.#list);
      urlQueryChanged(this.#url, q);
    }
  }

  get size() {
    ensureParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    ensureParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSV(name), toUSV(value));
    this.#update();
  }

  delete(name, value = undefined) {
    ensureParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSV(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    ensureParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    ensureParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    ensureParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    ensureParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    ensureParams(this);
    // Stable sort by name, comparing UTF-16 code units.
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    ensureParams(this);
    return createParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    ensureParams(this);
    validateFunction(callback, 'callback');
    // The list is re-read each step: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    ensureParams(this);
    return createParamsIterator(this, 'key');
  }

  values() {
    ensureParams(this);
    return createParamsIterator(this, 'value');
  }

  toString() {
    ensureParams(this);
    return serializeUrlencoded(this.#list);
  }

  [kInspect](depth, opts) {
    ensureParams(this);
    if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
    const inner = { ...opts };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    const name = this.constructor.name;
    if (parts.length === 0) return `${name} {}`;
    let width = -2;
    for (const part of parts) width += part.replace(kColors, '').length + 2;
    if (width > opts.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

// A descriptor with only `enumerable` changes just that attribute.
const kEnumerable = { __proto__: null, enumerable: true };
function defineEnumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, kEnumerable);
}

defineEnumerable(URLSearchParams.prototype, [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString',
]);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});

// --- the params iterator -------------------------------------------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let createParamsIterator;

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  static {
    createParamsIterator = (target, kind) => {
      const it = new URLSearchParamsIterator();
      it.#target = target;
      it.#kind = kind;
      return it;
    };
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#target);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const name = list[this.#index];
    const value = list[this.#index + 1];
    this.#index += 2;
    if (this.#kind === 'key') return { value: name, done: false };
    if (this.#kind === 'value') return { value, done: false };
    return { value: [name, value], done: false };
  }

  [kInspect](depth, opts) {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
    const inner = { ...opts };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = paramsList(this.#target);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') items.push(list[i]);
      else if (this.#kind === 'value') items.push(list[i + 1]);
      else items.push([list[i], list[i + 1]]);
    }
    const multiline = inspect(items, inner).includes('\n');
    const strs = items.map((item) => inspect(item, inner));
    const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
delete URLSearchParamsIterator.prototype.constructor;
defineEnumerable(URLSearchParamsIterator.prototype, ['next']);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true,
});

// --- URL ------------------------------------------------------------------------------

// A URL is an object the binding makes (class URL, prototype from here) with
// its href and component offsets in reserved slots. The getters are the
// binding's natives; setters, URL.parse/canParse, searchParams and inspect
// are here.

function checkURL(self) {
  if (!isURLObject(self)) {
    // The message V8 gives for a failed private brand check, as in Node.
    throw new TypeError('Receiver must be an instance of class URL');
  }
}

// ERR_INVALID_URL carries the input (and base) as properties, never in the
// message (it may hold credentials).
function invalidURL(input, base = undefined) {
  const err = new ERR_INVALID_URL();
  Error.captureStackTrace(err, invalidURL);
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function queryList(url) {
  const search = url.search;
  return search === '' ? [] : parseUrlencoded(search.slice(1));
}

function syncParams(url) {
  const params = bindingGetSearchParams(url);
  if (params !== undefined) paramsReplace(params, queryList(url));
}

// Runs a setter. As in Node, only the href and search setters refresh a
// linked URLSearchParams (the pathname quirk that drops the query does not).
function update(url, setter, value) {
  checkURL(url);
  bindingUpdate(url, setter, `${value}`, idnaToASCII);
}

urlQueryChanged = (url, query) => {
  bindingUpdate(url, kSetSearchParams, query, idnaToASCII);
};

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let proto = new.target.prototype;
    if (typeof proto !== 'object' || proto === null) proto = URL.prototype;
    let url;
    if (base === undefined) {
      url = bindingParse(input, undefined, proto, idnaToASCII);
    } else {
      base = `${base}`;
      url = bindingParse(input, base, proto, idnaToASCII);
    }
    if (url === undefined) {
      // As node's binding throws it: a plain TypeError with a code. Built
      // here rather than in a helper so that the stack starts at `new URL`.
      const err = new TypeError('Invalid URL');
      err.code = 'ERR_INVALID_URL';
      err.input = input;
      if (base !== undefined) err.base = base;
      throw err;
    }
    return url;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const url = bindingParse(input, base, URL.prototype, idnaToASCII);
    return url === undefined ? null : url;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    return bindingCanParse(input, base, idnaToASCII);
  }

  static createObjectURL(obj) {
    let Blob;
    try {
      Blob = require('buffer').Blob;
    } catch {
      // node:buffer is not there yet: nothing can be a Blob.
    }
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    throw new ERR_NOT_IMPLEMENTED('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // eddy keeps no blob URL store (createObjectURL is not implemented), so
    // there is never an entry to remove; the argument is still converted.
    void `${url}`;
  }

  toString() {
    return getHref.call(this);
  }

  get href() { return getHref.call(this); }

  set href(value) {
    checkURL(this);
    value = `${value}`;
    if (!bindingUpdate(this, kSetHref, value, idnaToASCII)) throw invalidURL(value);
    syncParams(this);
  }

  get origin() {
    const href = bindingLoadComponents(this);
    const c = kComponents;
    const protocol = href.slice(0, c[0]);
    switch (protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
      case 'ftp:':
        return `${protocol}//${href.slice(c[2], c[4])}`;
      case 'blob:': {
        const inner = bindingParseHref(href.slice(c[4], c[5]), idnaToASCII);
        if (inner !== undefined) {
          const innerProtocol = inner.slice(0, c[0]);
          if (innerProtocol === 'http:' || innerProtocol === 'https:') {
            return `${innerProtocol}//${inner.slice(c[2], c[4])}`;
          }
        }
        return 'null';
      }
      default:
        return 'null';
    }
  }

  get protocol() { return undefined; }
  set protocol(value) {
    update(this, kSetProtocol, value);
  }

  get username() { return undefined; }
  set username(value) {
    update(this, kSetUsername, value);
  }

  get password() { return undefined; }
  set password(value) {
    update(this, kSetPassword, value);
  }

  get host() { return undefined; }
  set host(value) {
    update(this, kSetHost, value);
  }

  get hostname() { return undefined; }
  set hostname(value) {
    update(this, kSetHostname, value);
  }

  get port() { return undefined; }
  set port(value) {
    update(this, kSetPort, value);
  }

  get pathname() { return undefined; }
  set pathname(value) {
    update(this, kSetPathname, value);
  }

  get search() { return undefined; }
  set search(value) {
    update(this, kSetSearch, value);
    syncParams(this);
  }

  get searchParams() {
    checkURL(this);
    let params = bindingGetSearchParams(this);
    if (params === undefined) {
      params = new URLSearchParams();
      paramsReplace(params, queryList(this));
      paramsAttach(params, this);
      bindingSetSearchParams(this, params);
    }
    return params;
  }

  get hash() { return undefined; }
  set hash(value) {
    update(this, kSetHash, value);
  }

  toJSON() {
    return getHref.call(this);
  }

  [kInspect](depth, opts) {
    checkURL(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const ctor = this.constructor;
    const name = typeof ctor === 'function' && typeof ctor.name === 'string' ? ctor.name : 'URL';
    return `${name} ${inspect(obj, opts)}`;
  }
}

// The getters are the binding's natives (the placeholders above only give
// the accessors their place and their setters).
const getHref = urlBinding.href;
for (const name of ['href', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  const get = urlBinding[name];
  Object.defineProperty(get, 'name', { value: `get ${name}`, configurable: true });
  desc.get = get;
  Object.defineProperty(URL.prototype, name, desc);
}

defineEnumerable(URL.prototype, [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
defineEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});

// --- helpers for node:url and other modules ------------------------------------------

// Node's duck test for URL-like objects (a legacy Url has `auth` and `path`).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// The href of a URL object, undefined for anything else (node:url's test
// for a WHATWG URL in url.format()).
function getURLRecord(url) {
  return isURLObject(url) ? getHref.call(url) : undefined;
}

// node's url.domainToASCII: the hostname setter of a special URL, '' on failure.
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  return bindingDomainToASCII(domain, idnaToASCII);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const ascii = bindingDomainToASCII(domain, idnaToASCII);
  if (ascii === '') return '';
  const unicode = idnaToUnicode(ascii);
  return unicode === null ? '' : unicode;
}

function isWindowsOption(options) {
  return options?.windows ?? false;
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

// `%2F` (and on Windows `%5C`) would decode to a separator.
function hasEncodedSeparator(pathname, windows) {
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const a = pathname[i + 1];
    const b = pathname[i + 2].toLowerCase();
    if (a === '2' && b === 'f') return true;
    if (windows && a === '5' && b === 'c') return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// pathToFileURL() percent-encodes every character of the path except ASCII
// letters, digits and !$&'()*+,-./:;=@_ (as Node does), so the URL parser
// keeps the path as it is (no trimming, no '?' or '#' splitting).
// Built on first use.
let kFilePathEncodeSet;
function encodePathChars(path) {
  if (kFilePathEncodeSet === undefined) {
    const set = new Array(128).fill(true);
    for (const ch of "!$&'()*+,-./:;=@_") set[ch.charCodeAt(0)] = false;
    for (let c = 0x30; c <= 0x39; c++) set[c] = false;
    for (let c = 0x41; c <= 0x5a; c++) set[c] = false;
    for (let c = 0x61; c <= 0x7a; c++) set[c] = false;
    kFilePathEncodeSet = set;
  }
  return percentEncodeString(path, kFilePathEncodeSet);
}

function pathToFileURL(filepath, options) {
  validateString(filepath, 'path');
  const windows = isWindowsOption(options);
  const pathModule = require('path');
  if (windows && typeof filepath === 'string' && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource (and \\?\UNC\server\share\resource).
    const extended = filepath.startsWith('\\\\?\\UNC\\');
    const start = extended ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', start);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const out = new URL('file://');
    out.hostname = domainToASCII(filepath.slice(start, hostEnd));
    out.pathname = encodePathChars(filepath.slice(hostEnd).replaceAll('\\', '/'));
    return out;
  }
  const impl = windows ? pathModule.win32 : pathModule.posix;
  let resolved = impl.resolve(filepath);
  // resolve() drops a trailing separator; a directory URL keeps it.
  const last = filepath[filepath.length - 1];
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== impl.sep) {
    resolved += '/';
  }
  // Node drops trailing NULs here (its path reaches C++ as a C string).
  resolved = resolved.replace(/\0+$/, '');
  if (windows) resolved = `/${resolved.replaceAll('\\', '/')}`;
  return new URL(`file://${encodePathChars(resolved)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// Options for http.request() from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, options): the href with parts left out or the host in Unicode.
function formatURL(url, fragment, unicode, search, auth) {
  const href = bindingLoadComponents(url);
  const [protocolEnd, , hostStart, hostEnd, pathnameStart, searchStart, hashStart] = kComponents;
  let out = href.slice(0, protocolEnd);
  if (href.startsWith('//', protocolEnd)) {
    out += '//';
    if (auth) out += href.slice(protocolEnd + 2, hostStart);
    let hostname = href.slice(hostStart, hostEnd);
    if (unicode && hostname !== '' && hostname[0] !== '[') {
      const u = idnaToUnicode(hostname);
      if (u !== null) hostname = u;
    }
    out += hostname + href.slice(hostEnd, pathnameStart);
  } else {
    out += href.slice(protocolEnd, pathnameStart);  // "/." before a "//" path
  }
  out += href.slice(pathnameStart, searchStart);
  if (search) out += href.slice(searchStart, hashStart);
  if (fragment) out += href.slice(hashStart);
  return out;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  formatURL,
  getURLRecord,
  invalidURL,
  isURL,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
};
