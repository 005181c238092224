// eddy: fetch bodies (fetch §5.1 "body with type", §6 Body mixin) shared by
// Request and Response.
//
// A Body is created without a ReadableStream: it holds its source, either
// `parts` (Uint8Arrays and Blobs: what strings, buffers, Blobs, URLSearchParams
// and FormData extract to, re-sendable on a redirect), a user ReadableStream,
// or a NetworkSource (a response arriving on an http.IncomingMessage, possibly
// through zlib). text()/json()/... read the source directly; the stream is made
// only when someone asks for `.body` (or a clone needs a tee), and from then
// on everything goes through it, as the spec describes.
'use strict';

const { Blob } = require('internal/buffer_blob');
const { isArrayBuffer, isArrayBufferView, isSharedArrayBuffer } = internalBinding('types');
const {
  createReadableByteStream,
  isReadableStream,
  readableStreamCancel,
  readableStreamTee,
  readableStreamDefaultReaderRead,
  ReadableStreamDefaultReader,
  ReadableStream,
} = require('internal/webstreams/readablestream');
const { kState } = require('internal/webstreams/util');
const { enqueueMicrotask } = internalBinding('task_queue');
const {
  parseMimeType,
  serializeMimeType,
  toUSVString,
  utf8Decode,
  utf8Encode,
} = require('internal/fetch/util');

let lazyFormData;
function formdata() {
  lazyFormData ??= require('internal/fetch/formdata');
  return lazyFormData;
}

let lazyDOMException;
function abortedError() {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return new lazyDOMException('The operation was aborted.', 'AbortError');
}

class Body {
  constructor() {
    this.parts = null;     // [Uint8Array | Blob] or null (stream-backed)
    this.length = null;    // total bytes when known
    this.userStream = null;  // a ReadableStream given as the body
    this.network = null;   // NetworkSource
    this.stream = null;    // the ReadableStream once made
    this.used = false;     // read without a stream
    this.aborted = false;  // the fetch was aborted after its response arrived
  }
}

function bodyFromParts(parts, length) {
  const body = new Body();
  body.parts = parts;
  body.length = length;
  return body;
}

function bodyFromBytes(bytes) {
  return bodyFromParts([bytes], bytes.length);
}

// A copy in a fresh (never shared) ArrayBuffer.
function copyView(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

// Reads an async iterable into a ReadableStream (undici accepts them as
// bodies, e.g. a stream.Readable).
function streamFromAsyncIterable(iterable) {
  let iterator;
  return new ReadableStream({
    async pull(controller) {
      iterator ??= iterable[Symbol.asyncIterator]();
      const { value, done } = await iterator.next();
      if (done) {
        queueMicrotask(() => controller.close());
        return;
      }
      controller.enqueue(typeof value === 'string' ? utf8Encode(value) : value);
    },
    async cancel(reason) {
      if (iterator !== undefined && typeof iterator.return === 'function') {
        await iterator.return(reason);
      }
    },
  });
}

// "extract a body": returns { body, type } (type is a string or null).
function extractBody(object, keepalive = false) {
  if (typeof object === 'string') {
    return { body: bodyFromBytes(utf8Encode(object)), type: 'text/plain;charset=UTF-8' };
  }
  if (object !== null && typeof object === 'object') {
    const { URLSearchParams } = require('internal/url');
    if (object instanceof URLSearchParams) {
      return {
        body: bodyFromBytes(utf8Encode(`${object}`)),
        type: 'application/x-www-form-urlencoded;charset=UTF-8',
      };
    }
    // (A SharedArrayBuffer itself is no BodyInit: it becomes a string.)
    if (isArrayBuffer(object)) {
      return { body: bodyFromBytes(new Uint8Array(object).slice()), type: null };
    }
    if (isArrayBufferView(object)) {
      if (isSharedArrayBuffer(object.buffer)) {
        throw new TypeError('ArrayBuffer: SharedArrayBuffer is not allowed.');
      }
      return { body: bodyFromBytes(copyView(object)), type: null };
    }
    if (object instanceof Blob) {
      return {
        body: bodyFromParts(object.size > 0 ? [object] : [], object.size),
        type: object.type === '' ? null : object.type,
      };
    }
    const fd = formdata();
    if (fd.isFormData(object)) {
      const { parts, length, type } = fd.serializeFormData(object);
      return { body: bodyFromParts(parts, length), type };
    }
    if (isReadableStream(object)) {
      if (keepalive) throw new TypeError('keepalive');
      const s = object[kState];
      if (s.disturbed || s.reader !== undefined) {
        throw new TypeError('Response body object should not be disturbed or locked');
      }
      const body = new Body();
      body.userStream = object;
      body.stream = object;
      return { body, type: null };
    }
    if (typeof object[Symbol.asyncIterator] === 'function') {
      if (keepalive) throw new TypeError('keepalive');
      const body = new Body();
      body.stream = body.userStream = streamFromAsyncIterable(object);
      return { body, type: null };
    }
  }
  const text = toUSVString(object, 'undefined', 'undefined');
  return { body: bodyFromBytes(utf8Encode(text)), type: 'text/plain;charset=UTF-8' };
}

function isDisturbed(stream) {
  return stream[kState].disturbed;
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

// bodyUsed.
function bodyUsed(body) {
  return body !== null && (body.used || (body.stream !== null && isDisturbed(body.stream)));
}

// "unusable": used, or its stream is locked.
function bodyUnusable(body) {
  return body !== null &&
    (body.used || (body.stream !== null && (isDisturbed(body.stream) || isLocked(body.stream))));
}

// A byte stream over the parts, one chunk per part.
function streamFromParts(parts) {
  let index = 0;
  return createReadableByteStream({
    pull(controller) {
      while (index < parts.length) {
        const part = parts[index++];
        if (part instanceof Uint8Array) {
          if (part.length === 0) continue;
          controller.enqueue(part.slice());
          if (index >= parts.length) controller.close();
          return;
        }
        return part.arrayBuffer().then((buffer) => {
          if (buffer.byteLength > 0) controller.enqueue(new Uint8Array(buffer));
          if (index >= parts.length) controller.close();
        });
      }
      controller.close();
    },
    cancel() {},
  }, 0);
}

// A closed stream that is locked and disturbed: what `.body` shows after the
// body was read without one.
function usedStream() {
  const stream = createReadableByteStream({
    start(controller) { controller.close(); },
    pull() {},
    cancel() {},
  }, 0);
  new ReadableStreamDefaultReader(stream);   // eslint-disable-line no-new
  stream[kState].disturbed = true;
  return stream;
}

// The body's ReadableStream, made on first use.
function bodyStream(body) {
  if (body.stream !== null) return body.stream;
  if (body.used) {
    body.stream = usedStream();
  } else if (body.network !== null) {
    body.stream = body.network.toStream();
  } else {
    body.stream = streamFromParts(body.parts);
  }
  return body.stream;
}

// A copy sharing the parts, or a tee of the stream.
function cloneBody(body) {
  const copy = new Body();
  copy.parts = body.parts;
  copy.length = body.length;
  if (body.stream === null && body.network === null && body.parts !== null) return copy;
  const [branch1, branch2] = readableStreamTee(bodyStream(body), false);
  body.stream = branch1;
  copy.stream = branch2;
  return copy;
}

// The spec's "create a proxy": the new owner takes the body over and the old
// one reads as used.
function transferBody(body) {
  const copy = new Body();
  copy.parts = body.parts;
  copy.length = body.length;
  copy.userStream = body.userStream;
  copy.network = body.network;
  copy.stream = body.stream;
  body.network = null;
  body.userStream = null;
  body.stream = null;
  body.used = true;
  return copy;
}

function concatChunks(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i], pos);
    pos += chunks[i].length;
  }
  return out;
}

// Reads a stream to the end; chunks must be Uint8Arrays.
function readStreamAll(stream, resolve, reject) {
  const reader = new ReadableStreamDefaultReader(stream);
  const chunks = [];
  let total = 0;
  const request = {
    chunkSteps(chunk) {
      if (!(chunk instanceof Uint8Array)) {
        const err = new TypeError('Received non-Uint8Array chunk');
        readableStreamCancel(stream, err).then(undefined, () => {});
        reject(err);
        return;
      }
      chunks.push(chunk);
      total += chunk.length;
      // Read the next chunk from a fresh job, as a promise reaction would.
      enqueueMicrotask(next);
    },
    closeSteps() { resolve(concatChunks(chunks, total)); },
    errorSteps(error) { reject(error); },
  };
  function next() {
    readableStreamDefaultReaderRead(reader, request);
  }
  next();
}

// "fully read body": calls resolve(Uint8Array) or reject(error).
function readAllBytes(body, resolve, reject) {
  if (body.stream !== null) {
    readStreamAll(body.stream, resolve, reject);
    return;
  }
  body.used = true;
  if (body.network !== null) {
    body.network.readAll(resolve, reject);
    return;
  }
  const parts = body.parts;
  if (parts.length === 0) {
    resolve(new Uint8Array(0));
  } else if (parts.length === 1 && parts[0] instanceof Uint8Array) {
    resolve(parts[0]);
  } else {
    const chunks = new Array(parts.length);
    let pending = 0;
    let failed = false;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part instanceof Uint8Array) {
        chunks[i] = part;
      } else {
        pending++;
        part.arrayBuffer().then((buffer) => {
          chunks[i] = new Uint8Array(buffer);
          if (--pending === 0 && !failed) resolve(concatChunks(chunks, body.length));
        }, (err) => {
          failed = true;
          reject(err);
        });
      }
    }
    if (pending === 0) resolve(concatChunks(chunks, body.length));
  }
}

function mimeTypeOf(headerList) {
  const value = headerList.get('content-type');
  if (value === null) return null;
  return parseMimeType(value);
}

// Always a copy: the bytes may be shared with a clone or a Blob.
function toArrayBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const kConverters = {
  text: (bytes) => utf8Decode(bytes),
  json: (bytes) => JSON.parse(utf8Decode(bytes)),
  arrayBuffer: (bytes) => toArrayBuffer(bytes),
  bytes: (bytes) => new Uint8Array(toArrayBuffer(bytes)),
  blob: (bytes, headerList) => {
    const mime = mimeTypeOf(headerList);
    return new Blob([bytes], { type: mime === null ? '' : serializeMimeType(mime) });
  },
  formData: (bytes, headerList) => {
    const mime = mimeTypeOf(headerList);
    if (mime !== null) {
      if (mime.essence === 'multipart/form-data') {
        const boundary = mime.params.get('boundary');
        const fd = boundary === undefined || boundary === '' ? null :
          formdata().parseMultipart(bytes, boundary);
        if (fd === null) throw new TypeError('Failed to parse body as FormData.');
        return fd;
      }
      if (mime.essence === 'application/x-www-form-urlencoded') {
        return formdata().parseUrlencoded(bytes);
      }
    }
    throw new TypeError('Content-Type was not one of "multipart/form-data" or ' +
                        '"application/x-www-form-urlencoded".');
  },
};

// The Body mixin's "consume body": a promise of the converted bytes.
function consumeBody(body, headerList, kind) {
  if (bodyUnusable(body)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  if (body !== null && body.aborted) return Promise.reject(abortedError());
  const convert = kConverters[kind];
  return new Promise((resolve, reject) => {
    const done = (bytes) => {
      try {
        resolve(convert(bytes, headerList));
      } catch (err) {
        reject(err);
      }
    };
    if (body === null) done(new Uint8Array(0));
    else readAllBytes(body, done, reject);
  });
}

// Installs blob, arrayBuffer, text, json, formData and bytes on a prototype.
// `stateOf(object)` returns the object's internal state ({ body, headers })
// or undefined when it is not one of ours.
function installBodyMixin(proto, stateOf) {
  const { illegalInvocation } = require('internal/fetch/util');
  const methods = {};
  for (const kind of ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
    methods[kind] = {
      [kind]() {
        const state = stateOf(this);
        if (state === undefined) return Promise.reject(illegalInvocation());
        return consumeBody(state.body, state.headers, kind);
      },
    }[kind];
  }
  for (const kind of Object.keys(methods)) {
    Object.defineProperty(proto, kind, {
      value: methods[kind], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  Body,
  bodyFromBytes,
  bodyFromParts,
  bodyStream,
  bodyUnusable,
  bodyUsed,
  cloneBody,
  concatChunks,
  extractBody,
  installBodyMixin,
  readAllBytes,
  transferBody,
};
