// eddy: Blob and File (node's lib/internal/blob.js and lib/internal/file.js,
// exported by node:buffer and as globals), and the object-URL table behind
// buffer.resolveObjectURL. A Blob holds its bytes in one private Uint8Array
// that nothing can write to, so slices share it.
'use strict';

const binding = internalBinding('buffer');
const { isAnyArrayBuffer } = internalBinding('types');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { decode } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kDisallowedTypeChars = /[^\u0020-\u007E]/;

let lazyInspect;
function inspect(value, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, opts);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

// A MIME type as Blob keeps it: lower case, or '' if any character is
// outside printable ASCII.
function normalizeType(type) {
  type = `${type}`;
  return kDisallowedTypeChars.test(type) ? '' : type.toLowerCase();
}

// WebIDL [Clamp] long long: NaN is 0, halves round to even.
function clampInteger(value) {
  let n = +value;
  if (Number.isNaN(n)) return 0;
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff > 0.5 || (diff === 0.5 && floor % 2 !== 0)) n = floor + 1;
  else n = floor;
  return n;
}

function utf8Bytes(string) {
  return new Uint8Array(binding.fromString(string, binding.encodings.utf8));
}

// The bytes of one part: a Blob, an ArrayBuffer, a view, or anything else as
// its string in UTF-8.
function bytesOfPart(part, endings, blobBytes) {
  const bytes = blobBytes(part);
  if (bytes !== undefined) return bytes;
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return utf8Bytes(text);
}

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = bytesOfPart(source, endings, Blob.#bytesOf);
      parts.push(bytes);
      length += bytes.length;
    }
    if (length > binding.kMaxLength) throw new ERR_BUFFER_TOO_LARGE(binding.kMaxLength);
    let all;
    if (parts.length === 1) {
      all = parts[0];
    } else {
      all = new Uint8Array(length);
      let pos = 0;
      for (const part of parts) {
        all.set(part, pos);
        pos += part.length;
      }
    }
    this.#bytes = all;
    this.#type = normalizeType(type);
  }

  static #bytesOf(value) {
    return value !== null && typeof value === 'object' && #bytes in value ?
      value.#bytes : undefined;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#bytes in self)) {
      throw new ERR_INVALID_THIS('Blob');
    }
  }

  static #fromBytes(bytes, type) {
    const blob = new Blob();
    blob.#bytes = bytes;
    blob.#type = type;
    return blob;
  }

  get type() {
    Blob.#check(this);
    return this.#type;
  }

  get size() {
    Blob.#check(this);
    return this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    Blob.#check(this);
    const size = this.#bytes.length;
    start = clampInteger(start);
    end = end === undefined ? size : clampInteger(end);
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    return Blob.#fromBytes(this.#bytes.subarray(start, start + span),
                           normalizeType(contentType));
  }

  // The bytes arrive one microtask later, as from node's blob reader, so
  // promises settle in node's order.
  arrayBuffer() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const bytes = this.#bytes;
    return Promise.resolve().then(() => bytes.slice().buffer);
  }

  async text() {
    Blob.#check(this);
    const buffer = await this.arrayBuffer();
    let bytes = new Uint8Array(buffer);
    // As TextDecoder: a UTF-8 byte order mark is dropped.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return decode(bytes, binding.encodings.utf8, 0, bytes.length);
  }

  bytes() {
    Blob.#check(this);
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  // A byte stream over the bytes (one chunk, or as much as each BYOB read
  // asks for).
  stream() {
    Blob.#check(this);
    const { newReadableStreamFromBytes } = require('internal/webstreams/adapters');
    return newReadableStreamFromBytes(this.#bytes);
  }

  [kInspect](depth, options) {
    // Beyond the depth limit node shows `[Blob]`.
    if (depth < 0) return options.stylize('[Blob]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', writable: false, enumerable: false, configurable: true,
});

// Lone surrogates become U+FFFD (WebIDL USVString).
function toUSVString(value) {
  return `${value}`.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toUSVString(fileName);
    this.#lastModified = lastModified;
  }

  get name() {
    if (this === null || typeof this !== 'object' || !(#name in this)) {
      throw new ERR_INVALID_THIS('File');
    }
    return this.#name;
  }

  get lastModified() {
    if (this === null || typeof this !== 'object' || !(#name in this)) {
      throw new ERR_INVALID_THIS('File');
    }
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return options.stylize('[File]', 'special');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', writable: false, enumerable: false, configurable: true,
});

// Object URLs (`blob:nodedata:<id>`) and the Blobs they name. Only
// URL.createObjectURL registers one, so until eddy has it every lookup
// misses, which is the right answer for a URL nobody registered.
const objectURLs = new Map();

function resolveObjectURL(url) {
  url = `${url}`;
  if (!url.startsWith('blob:')) return undefined;
  const parts = url.slice(5).split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return undefined;
  // As a URL's pathname: anything after '?' or '#' is not part of the id.
  const id = parts[1].replace(/[?#].*$/s, '');
  return objectURLs.get(id);
}

module.exports = { Blob, File, objectURLs, resolveObjectURL };
