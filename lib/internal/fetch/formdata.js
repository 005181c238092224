// eddy: the WHATWG FormData class (XHR §4.3) and the two form encodings fetch
// bodies use: multipart/form-data (serialized as undici does, with its
// "----formdata-undici-0<11 digits>" boundary, and parsed with the same
// strictness node's fetch shows) and application/x-www-form-urlencoded.
'use strict';

const { Blob, File } = require('internal/buffer_blob');
const {
  argumentCount,
  forgivingBase64,
  formatWithOptions,
  illegalInvocation,
  kInspect,
  toUSVString,
  utf8Decode,
  utf8Encode,
} = require('internal/fetch/util');
const { makeIteratorKind } = require('internal/fetch/headers');

let entriesOfImpl;
let isFormDataImpl;

function toEntryValue(value, filename, argc) {
  if (value instanceof Blob) {
    if (value instanceof File && filename === undefined) return value;
    const name = filename !== undefined ? toUSVString(filename) :
      value instanceof File ? value.name : 'blob';
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    return new File([value], name, options);
  }
  return toUSVString(value);
}

function notBlobError(method) {
  return new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of ` +
                       "type 'Blob'");
}

class FormData {
  #entries = [];

  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: ' +
                          'undefined.');
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#entries in self)) {
      throw illegalInvocation();
    }
  }

  append(name, value, filename = undefined) {
    FormData.#check(this);
    argumentCount(arguments.length, 2, 'FormData.append');
    if (arguments.length === 3 && !(value instanceof Blob)) throw notBlobError('append');
    name = toUSVString(name);
    this.#entries.push({ name, value: toEntryValue(value, filename) });
  }

  delete(name) {
    FormData.#check(this);
    argumentCount(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    this.#entries = this.#entries.filter((entry) => entry.name !== name);
  }

  get(name) {
    FormData.#check(this);
    argumentCount(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i].name === name) return entries[i].value;
    }
    return null;
  }

  getAll(name) {
    FormData.#check(this);
    argumentCount(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    const out = [];
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i].name === name) out.push(entries[i].value);
    }
    return out;
  }

  has(name) {
    FormData.#check(this);
    argumentCount(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return this.#entries.some((entry) => entry.name === name);
  }

  set(name, value, filename = undefined) {
    FormData.#check(this);
    argumentCount(arguments.length, 2, 'FormData.set');
    if (arguments.length === 3 && !(value instanceof Blob)) throw notBlobError('set');
    name = toUSVString(name);
    const entry = { name, value: toEntryValue(value, filename) };
    const entries = this.#entries;
    const first = entries.findIndex((e) => e.name === name);
    if (first === -1) {
      entries.push(entry);
    } else {
      this.#entries = entries.filter((e, i) => i === first || e.name !== name);
      this.#entries[first] = entry;
    }
  }

  keys() {
    FormData.#check(this);
    return createIterator(this, 'key');
  }

  values() {
    FormData.#check(this);
    return createIterator(this, 'value');
  }

  entries() {
    FormData.#check(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    FormData.#check(this);
    argumentCount(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of " +
                          "type 'Function'.");
    }
    for (let i = 0; i < this.#entries.length; i++) {
      const entry = this.#entries[i];
      callback.call(thisArg, entry.value, entry.name, this);
    }
  }

  [kInspect](depth, options) {
    const grouped = { __proto__: null };
    for (const { name, value } of this.#entries) {
      if (!Object.prototype.hasOwnProperty.call(grouped, name)) {
        grouped[name] = value;
      } else if (Array.isArray(grouped[name])) {
        grouped[name].push(value);
      } else {
        grouped[name] = [grouped[name], value];
      }
    }
    const opts = { ...options };
    opts.depth ??= depth;
    const text = formatWithOptions(opts, grouped);
    // Without the "[Object: null prototype] " prefix.
    return `FormData ${text.slice(text.indexOf(']') + 2)}`;
  }

  static {
    entriesOfImpl = (fd) => fd.#entries;
    isFormDataImpl = (value) => value !== null && typeof value === 'object' && #entries in value;
  }
}

Object.defineProperties(FormData.prototype, {
  append: { enumerable: true },
  delete: { enumerable: true },
  get: { enumerable: true },
  getAll: { enumerable: true },
  has: { enumerable: true },
  set: { enumerable: true },
  keys: { enumerable: true },
  values: { enumerable: true },
  entries: { enumerable: true },
  forEach: { enumerable: true },
  [Symbol.iterator]: {
    value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'FormData', configurable: true },
});

const createIterator = makeIteratorKind('FormData', (fd) => {
  const entries = entriesOfImpl(fd);
  const pairs = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) pairs[i] = [entries[i].name, entries[i].value];
  return pairs;
});

// --- multipart/form-data serializing ------------------------------------------------

const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinefeeds = (s) => s.replace(/\r?\n|\r/g, '\r\n');

function randomBoundary() {
  const digits = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  return `----formdata-undici-0${digits}`;
}

// Returns { parts: [Uint8Array | Blob, ...], length, type }.
function serializeFormData(fd) {
  const boundary = randomBoundary();
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  let length = 0;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const bytes = utf8Encode(text);
    parts.push(bytes);
    length += bytes.length;
    text = '';
  };
  for (const { name, value } of entriesOfImpl(fd)) {
    if (typeof value === 'string') {
      text += `${prefix}; name="${escapeName(normalizeLinefeeds(name))}"\r\n\r\n` +
              `${normalizeLinefeeds(value)}\r\n`;
    } else {
      text += `${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
              (value.name ? `; filename="${escapeName(value.name)}"` : '') +
              `\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      if (value.size > 0) {
        flush();
        parts.push(value);
        length += value.size;
      }
      text += '\r\n';
    }
  }
  text += `--${boundary}--\r\n`;
  flush();
  return { parts, length, type: `multipart/form-data; boundary=${boundary}` };
}

// --- multipart/form-data parsing -------------------------------------------------------

function indexOfBytes(haystack, needle, from) {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer:
  for (let i = haystack.indexOf(first, from); i !== -1 && i <= last;
    i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function startsWithAt(bytes, pos, needle) {
  if (pos + needle.length > bytes.length) return false;
  for (let j = 0; j < needle.length; j++) {
    if (bytes[pos + j] !== needle[j]) return false;
  }
  return true;
}

const kDispositionPrefix = 'form-data; name="';
const kFilenamePrefix = '; filename="';

const decodeEscapes = (s) => s.replace(/%0A/ig, '\n').replace(/%0D/ig, '\r')
  .replace(/%22/g, '"');

// Parses one Content-Disposition value; null when it is not node's accepted
// `form-data; name="..."[; filename="..."]`.
function parseDisposition(bytes) {
  const value = utf8Decode(bytes);
  if (!value.startsWith(kDispositionPrefix)) return null;
  let pos = kDispositionPrefix.length;
  const nameEnd = value.indexOf('"', pos);
  if (nameEnd === -1) return null;
  const name = decodeEscapes(value.slice(pos, nameEnd));
  pos = nameEnd + 1;
  if (pos === value.length) return { name, filename: null };
  if (!value.startsWith(kFilenamePrefix, pos)) return null;
  pos += kFilenamePrefix.length;
  const fileEnd = value.indexOf('"', pos);
  if (fileEnd === -1 || fileEnd !== value.length - 1) return null;
  return { name, filename: decodeEscapes(value.slice(pos, fileEnd)) };
}

function latin1(bytes, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function isTokenByte(c) {
  return c < 128 && c > 32 && !'()<>@,;:\\"/[]?={}'.includes(String.fromCharCode(c));
}

// Returns a FormData, or null when the body is not valid multipart.
function parseMultipart(bytes, boundaryString) {
  const boundary = utf8Encode(`--${boundaryString}`);
  const delimiter = utf8Encode(`\r\n--${boundaryString}`);
  const fd = new FormData();
  const entries = entriesOfImpl(fd);
  let pos = 0;
  while (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) pos += 2;
  for (;;) {
    if (!startsWithAt(bytes, pos, boundary)) return null;
    pos += boundary.length;
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) {
      for (let i = pos + 2; i < bytes.length; i++) {
        if (bytes[i] !== 0x0d && bytes[i] !== 0x0a) return null;
      }
      return fd;
    }
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) return null;
    pos += 2;

    // The part's headers.
    let name = null;
    let filename = null;
    let contentType = null;
    let encoding = null;
    for (;;) {
      if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) {
        pos += 2;
        break;
      }
      const lineEnd = indexOfBytes(bytes, [0x0d, 0x0a], pos);
      if (lineEnd === -1) return null;
      let colon = pos;
      while (colon < lineEnd && bytes[colon] !== 0x3a) colon++;
      if (colon === lineEnd || colon === pos) return null;
      for (let i = pos; i < colon; i++) if (!isTokenByte(bytes[i])) return null;
      const headerName = latin1(bytes, pos, colon).toLowerCase();
      let valueStart = colon + 1;
      while (valueStart < lineEnd && (bytes[valueStart] === 0x20 || bytes[valueStart] === 0x09)) {
        valueStart++;
      }
      const value = bytes.subarray(valueStart, lineEnd);
      if (headerName === 'content-disposition') {
        const disposition = parseDisposition(value);
        if (disposition === null) return null;
        name = disposition.name;
        filename = disposition.filename;
      } else if (headerName === 'content-type') {
        contentType = utf8Decode(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
      } else if (headerName === 'content-transfer-encoding') {
        encoding = latin1(value, 0, value.length).replace(/[\t\n\r ]+$/, '');
      }
      pos = lineEnd + 2;
    }
    if (name === null) return null;

    const end = indexOfBytes(bytes, delimiter, pos);
    if (end === -1) return null;
    let body = bytes.subarray(pos, end);
    pos = end + 2;
    if (encoding === 'base64') {
      body = forgivingBase64(body);
      if (body === null) return null;
    }
    let value;
    if (filename !== null) {
      value = new File([body], filename, { type: contentType ?? 'text/plain' });
    } else {
      value = utf8Decode(body);
    }
    entries.push({ name, value });
  }
}

// application/x-www-form-urlencoded bytes to a FormData.
function parseUrlencoded(bytes) {
  const { URLSearchParams } = require('internal/url');
  const fd = new FormData();
  const entries = entriesOfImpl(fd);
  for (const [name, value] of new URLSearchParams(utf8Decode(bytes))) {
    entries.push({ name, value });
  }
  return fd;
}

module.exports = {
  FormData,
  isFormData: (value) => isFormDataImpl(value),
  parseMultipart,
  parseUrlencoded,
  serializeFormData,
};
