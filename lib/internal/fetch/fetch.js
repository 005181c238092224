// eddy: the global fetch() (fetch §5 "fetch", §4 fetching), on eddy's own
// HTTP client: each request is one http.request() through a dedicated
// keep-alive Agent per scheme (http, https), so sequential fetches to an
// origin reuse one connection.
//
// Flow: fetch() runs the Request constructor's steps into a plain record
// (no Request/Headers/AbortSignal objects), then a FetchContext sends it:
// data: and blob: URLs are answered locally; http: and https: go to the
// network (https through node:tls, trusting the system store). On the
// response's headers the promise resolves with a Response whose body is a
// NetworkSource that reads the IncomingMessage eagerly (up to 64 KiB, then
// it pauses), so a small response's connection is back in the pool before
// the program even asks for the body. Redirects (20 at most) are followed
// here, with the method and header rewriting of §4.4.
//
// Errors follow node 20 (undici): a network failure rejects with
// `TypeError: fetch failed` whose cause is the system error; a body cut off
// errors with `TypeError: terminated`; an abort rejects with the signal's
// reason.
'use strict';

const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { HeaderList } = require('internal/fetch/headers');
const {
  Body,
  bodyFromBytes,
  bodyFromParts,
  bodyStream,
  concatChunks,
} = require('internal/fetch/body');
const { buildRequestState, requestStateOf } = require('internal/fetch/request');
const {
  kNullBodyStatus,
  kRedirectStatus,
  newResponseState,
  wrapResponse,
} = require('internal/fetch/response');
const {
  forgivingBase64,
  isBadPort,
  parseMimeType,
  serializeMimeType,
} = require('internal/fetch/util');
const {
  createReadableByteStream,
  readableStreamDefaultReaderRead,
  ReadableStreamDefaultReader,
} = require('internal/webstreams/readablestream');
const { kState } = require('internal/webstreams/util');
const { enqueueMicrotask } = internalBinding('task_queue');

const kHighWaterMark = 64 * 1024;

// One keep-alive agent per scheme, made on first use.
let http;
let agent;
let https;
let httpsAgent;
function getAgent(secure) {
  if (secure) {
    if (httpsAgent === undefined) {
      https = require('https');
      httpsAgent = new https.Agent({ keepAlive: true });
    }
    return httpsAgent;
  }
  if (agent === undefined) {
    http = require('http');
    agent = new http.Agent({ keepAlive: true });
  }
  return agent;
}

// undici's error classes, as the `cause` of node's fetch errors (with the
// registered symbols undici marks them with).
const kUndiciError = Symbol.for('undici.error.UND_ERR');
function undiciError(name, code) {
  const kMark = Symbol.for(`undici.error.${code}`);
  const ErrorClass = {
    [name]: class extends Error {
      constructor(message) {
        super(message);
        this.name = name;
        this.code = code;
        this[kUndiciError] = true;
        this[kMark] = true;
      }
    },
  }[name];
  return ErrorClass;
}
const SocketError = undiciError('SocketError', 'UND_ERR_SOCKET');
const InvalidArgumentError = undiciError('InvalidArgumentError', 'UND_ERR_INVALID_ARG');
const NotSupportedError = undiciError('NotSupportedError', 'UND_ERR_NOT_SUPPORTED');
const RequestContentLengthMismatchError = undiciError('RequestContentLengthMismatchError',
                                                      'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH');
const invalidArgument = (message) => new InvalidArgumentError(message);

function socketClosed(socket) {
  const err = new SocketError('other side closed');
  // Before the marks, in undici's property order.
  const marks = [err[kUndiciError], err[Symbol.for('undici.error.UND_ERR_SOCKET')]];
  delete err[kUndiciError];
  delete err[Symbol.for('undici.error.UND_ERR_SOCKET')];
  err.socket = socket == null ? null : {
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    remoteFamily: socket.remoteFamily,
    timeout: socket.timeout,
    bytesWritten: socket.bytesWritten,
    bytesRead: socket.bytesRead,
  };
  err[kUndiciError] = marks[0];
  err[Symbol.for('undici.error.UND_ERR_SOCKET')] = marks[1];
  return err;
}

// The cause a client error becomes.
function networkCause(err, socket) {
  if (err !== null && typeof err === 'object' && err.code === 'ECONNRESET' &&
      (err.message === 'socket hang up' || err.message === 'aborted')) {
    return socketClosed(socket);
  }
  return err;
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function stripFragment(href) {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

function sameOrigin(a, b) {
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
}

// --- the response body from the network -------------------------------------------

let zlib;
function getZlib() {
  zlib ??= require('zlib');
  return zlib;
}

// A deflate decoder for both zlib-wrapped and raw deflate data, chosen from
// the first byte as undici does.
function createAutoInflate(options) {
  const { Transform } = require('stream');
  const z = getZlib();
  let inner = null;
  let onFlushed = null;
  const transform = new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        if (chunk.length === 0) {
          callback();
          return;
        }
        inner = (chunk[0] & 0x0f) === 0x08 ? z.createInflate(options) : z.createInflateRaw(options);
        inner.on('data', (data) => transform.push(data));
        inner.on('error', (err) => transform.destroy(err));
        inner.on('end', () => {
          if (onFlushed !== null) onFlushed();
        });
      }
      if (inner.write(chunk)) callback();
      else inner.once('drain', callback);
    },
    flush(callback) {
      if (inner === null) {
        callback();
        return;
      }
      onFlushed = callback;
      inner.end();
    },
  });
  return transform;
}

// Decoders for a Content-Encoding value, last coding first; none if any
// coding is unknown.
function createDecoders(value) {
  const codings = value.toLowerCase().split(',');
  const decoders = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i].trim();
    const z = getZlib();
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(z.createGunzip({
        flush: z.constants.Z_SYNC_FLUSH, finishFlush: z.constants.Z_SYNC_FLUSH,
      }));
    } else if (coding === 'deflate') {
      decoders.push(createAutoInflate({
        flush: z.constants.Z_SYNC_FLUSH, finishFlush: z.constants.Z_SYNC_FLUSH,
      }));
    } else if (coding === 'br') {
      decoders.push(z.createBrotliDecompress({
        flush: z.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: z.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else {
      return [];
    }
  }
  return decoders;
}

// The bytes of a response as they arrive. Until a consumer attaches, chunks
// are kept (reading stops at 64 KiB); then they go to the consumer: readAll
// for text()/json()/..., or a byte ReadableStream for `.body`.
class NetworkSource {
  constructor(context, message, contentEncoding) {
    this.context = context;
    this.message = message;
    this.readable = message;
    this.chunks = [];
    this.size = 0;
    this.state = 'reading';   // 'ended', 'errored'
    this.error = null;
    this.sink = null;
    this.body = null;
    const socket = this.socket = message.socket;
    // Addresses are cached on the socket (once per connection), so an error
    // after it closed can still name them.
    if (socket != null && typeof socket._getpeername === 'function') {
      socket._getpeername();
      socket._getsockname();
    }
    const onError = (err) => this.fail(
      new TypeError('terminated', { cause: networkCause(err, this.socket) }));
    message.on('error', onError);
    if (contentEncoding !== null) {
      const decoders = createDecoders(contentEncoding);
      let readable = message;
      for (let i = 0; i < decoders.length; i++) {
        decoders[i].on('error', onError);
        readable = readable.pipe(decoders[i]);
      }
      this.readable = readable;
    }
    // A message destroyed without an error (the socket went away between
    // chunks) still ends the body.
    message.on('close', () => {
      if (this.state === 'reading' && !message.complete) {
        onError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      }
    });
    this.readable.on('data', (chunk) => this.onData(chunk));
    this.readable.on('end', () => this.onEnd());
  }

  onData(chunk) {
    if (this.state !== 'reading') return;
    if (this.sink !== null) {
      this.sink.data(chunk);
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= kHighWaterMark) this.readable.pause();
  }

  onEnd() {
    if (this.state !== 'reading') return;
    this.state = 'ended';
    this.context.finish();
    if (this.sink !== null) this.sink.end();
  }

  fail(error) {
    if (this.state !== 'reading') return;
    this.state = 'errored';
    this.error = error;
    this.context.finish();
    this.message.destroy();
    if (this.sink !== null) this.sink.error(error);
  }

  // The fetch was aborted: drop the connection and error the reader.
  abort(reason) {
    if (this.state === 'errored') return;
    if (this.state === 'ended' && this.sink !== null) return;
    this.state = 'errored';
    this.error = reason;
    this.message.destroy();
    if (this.sink !== null) this.sink.error(reason);
  }

  readAll(resolve, reject) {
    if (this.state === 'errored') {
      reject(this.error);
      return;
    }
    const chunks = this.chunks;
    this.chunks = [];
    if (this.state === 'ended') {
      resolve(concatChunks(chunks, this.size));
      return;
    }
    let size = this.size;
    this.sink = {
      data(chunk) {
        chunks.push(chunk);
        size += chunk.length;
      },
      end() { resolve(concatChunks(chunks, size)); },
      error(err) { reject(err); },
    };
    this.readable.resume();
  }

  toStream() {
    const source = this;
    return createReadableByteStream({
      start(controller) {
        const chunks = source.chunks;
        source.chunks = [];
        for (let i = 0; i < chunks.length; i++) {
          if (chunks[i].length > 0) controller.enqueue(new Uint8Array(chunks[i]));
        }
        if (source.state === 'ended') {
          controller.close();
          return;
        }
        if (source.state === 'errored') {
          controller.error(source.error);
          return;
        }
        source.sink = {
          data(chunk) {
            if (chunk.length === 0) return;
            controller.enqueue(new Uint8Array(chunk));
            if (controller.desiredSize <= 0) source.readable.pause();
          },
          end() {
            controller.close();
            // A BYOB read waiting for more gets the end now.
            controller.byobRequest?.respond(0);
          },
          error(err) { controller.error(err); },
        };
      },
      pull() {
        if (source.state === 'reading') source.readable.resume();
      },
      cancel() {
        source.sink = null;
        if (source.state === 'reading') {
          source.state = 'errored';
          source.error = new TypeError('terminated');
          source.context.finish();
          source.message.destroy();
        }
      },
    }, kHighWaterMark);
  }
}

// --- data: URLs ------------------------------------------------------------------------

function percentDecode(input) {
  const bytes = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x25 && i + 2 < input.length &&
        /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const encoded = Buffer.from(input[i], 'utf8');
      for (const b of encoded) bytes.push(b);
    }
  }
  return new Uint8Array(bytes);
}

// https://fetch.spec.whatwg.org/#data-url-processor: { mimeType, body } or null.
function processDataURL(href) {
  const input = stripFragment(href).slice(5);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecode(input.slice(comma + 1));
  const base64 = /;[\u0020]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    mimeType = mimeType.slice(0, base64.index);
    body = forgivingBase64(body);
    if (body === null) return null;
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  const parsed = parseMimeType(mimeType);
  return {
    mimeType: parsed === null ? 'text/plain;charset=US-ASCII' : serializeMimeType(parsed),
    body,
  };
}

// --- referrers --------------------------------------------------------------------------

// "strip url for use as a referrer": an href, or null for local schemes.
function stripForReferrer(url, originOnly) {
  const protocol = url.protocol;
  if (protocol === 'file:' || protocol === 'about:' || protocol === 'blank:') return null;
  if (originOnly) {
    if (url.origin === 'null') return `${protocol}`;
    return `${url.origin}/`;
  }
  const { URL } = require('internal/url');
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  copy.hash = '';
  return copy.href;
}

const kOctet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const kLoopbackV4 = new RegExp(`^127\\.(?:${kOctet}\\.){2}${kOctet}$`);
const kLoopbackV6 = /^(?:(?:0{1,4}:){7}|(?:0{1,4}:){1,6}:|::)0{0,3}1$/;

// "Is url potentially trustworthy?"
function isTrustworthy(url) {
  const href = url.href;
  if (href === 'about:blank' || href === 'about:srcdoc') return true;
  const protocol = url.protocol;
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'file:') return true;
  if (protocol === 'https:' || protocol === 'wss:') return true;
  if (url.origin === 'null') return false;
  let host = url.hostname;
  if (host.startsWith('[')) host = host.slice(1, -1);
  if (host.includes(':') ? kLoopbackV6.test(host) : kLoopbackV4.test(host)) return true;
  return host === 'localhost' || host === 'localhost.' || host.endsWith('.localhost') ||
    host.endsWith('.localhost.');
}

// --- one fetch ---------------------------------------------------------------------------

const kEmptyLengthMethods = new Set(['POST', 'PUT', 'PATCH', 'QUERY', 'PROPFIND', 'PROPPATCH']);
// Methods node's ClientRequest sends without chunked framing by default.
const kUnchunkedMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function headerObject(flat) {
  const object = {};
  for (let i = 0; i < flat.length; i += 2) object[flat[i]] = flat[i + 1];
  return object;
}

const kRequestBodyHeaders = ['content-encoding', 'content-language', 'content-location',
  'content-type', 'content-length'];

class FetchContext {
  constructor(state, resolve, reject) {
    this.state = state;
    this.resolve = resolve;
    this.reject = reject;
    this.url = state.urlObject;
    this.urlList = [stripFragment(state.url)];
    this.redirectCount = 0;
    this.request = null;
    this.settled = false;
    this.source = null;
    this.body = null;
    this.retried = false;
    this.signal = state.signal;
    this.abortListener = null;
    if (this.signal !== null) {
      this.abortListener = () => this.onAbort();
      this.signal.addEventListener('abort', this.abortListener, { once: true });
    }
  }

  // Nothing more can happen: the abort listener goes.
  finish() {
    if (this.abortListener !== null) {
      this.signal.removeEventListener('abort', this.abortListener);
      this.abortListener = null;
    }
  }

  fail(cause) {
    if (this.settled) return;
    this.settled = true;
    this.finish();
    this.reject(fetchFailed(cause));
  }

  respond(responseState) {
    if (this.settled) return;
    this.settled = true;
    if (this.source === null) this.finish();
    this.resolve(wrapResponse(responseState));
  }

  onAbort() {
    const reason = this.signal.reason;
    this.abortListener = null;
    if (!this.settled) {
      this.settled = true;
      if (this.request !== null) this.request.destroy();
      this.reject(reason);
      return;
    }
    const body = this.body;
    if (body === null || this.source === null) return;
    if (body.stream === null && !body.used) body.aborted = true;
    this.source.abort(reason);
  }

  start() {
    const url = this.url;
    const protocol = url.protocol;
    if ((protocol === 'http:' || protocol === 'https:') && url.port !== '' &&
        isBadPort(+url.port)) {
      this.fail(new Error('bad port'));
      return;
    }
    switch (protocol) {
      case 'http:':
      case 'https:':
        this.send();
        return;
      case 'data:':
        this.fetchDataURL();
        return;
      case 'blob:':
        this.fetchBlobURL();
        return;
      case 'about:':
        this.fail(new Error('about scheme is not supported'));
        return;
      case 'file:':
        this.fail(new Error('not implemented... yet...'));
        return;
      default:
        this.fail(new Error('unknown scheme'));
    }
  }

  localResponse(contentType, body) {
    const response = newResponseState();
    response.type = 'basic';
    response.statusText = 'OK';
    response.guard = 'immutable';
    response.urlList = this.urlList;
    response.headers.append('content-type', contentType, 'content-type');
    response.body = body;
    this.respond(response);
  }

  fetchDataURL() {
    const result = processDataURL(this.url.href);
    if (result === null) {
      this.fail(new Error('failed to fetch the data URL'));
      return;
    }
    this.localResponse(result.mimeType, bodyFromBytes(result.body));
  }

  fetchBlobURL() {
    const { resolveObjectURL } = require('internal/buffer_blob');
    const blob = resolveObjectURL(this.url.href);
    if (this.state.method !== 'GET' || blob === undefined) {
      this.fail(new Error('invalid method'));
      return;
    }
    const response = newResponseState();
    response.type = 'basic';
    response.statusText = 'OK';
    response.guard = 'immutable';
    response.urlList = this.urlList;
    response.headers.append('content-length', `${blob.size}`, 'content-length');
    response.headers.append('content-type', blob.type, 'content-type');
    response.body = bodyFromParts(blob.size > 0 ? [blob] : [], blob.size);
    this.respond(response);
  }

  // The request's headers as a flat list for http.request, in undici's
  // order: host and connection, then the request's header list after the
  // additions of fetch §4.1 and §4.5 (accept, accept-language, referer,
  // sec-fetch-mode, user-agent, cache headers, accept-encoding), then the
  // body's framing.
  headerArray(sendParts) {
    const state = this.state;
    const list = state.headers.copy();
    const add = (name, value) => list.append(name, value, name);
    if (!list.contains('accept')) add('accept', '*/*');
    if (!list.contains('accept-language')) add('accept-language', '*');
    const referrer = this.referrerHeader();
    if (referrer !== null) add('referer', referrer);
    list.set('sec-fetch-mode', state.mode, 'sec-fetch-mode');
    if (!list.contains('user-agent')) add('user-agent', 'node');
    let cache = state.cache;
    if (cache === 'default' && (list.contains('if-modified-since') ||
        list.contains('if-none-match') || list.contains('if-unmodified-since') ||
        list.contains('if-match') || list.contains('if-range'))) {
      cache = 'no-store';
    }
    if (cache === 'no-cache' && !list.contains('cache-control')) {
      add('cache-control', 'max-age=0');
    }
    if (cache === 'no-store' || cache === 'reload') {
      if (!list.contains('pragma')) add('pragma', 'no-cache');
      if (!list.contains('cache-control')) add('cache-control', 'no-cache');
    }
    if (list.contains('range')) add('accept-encoding', 'identity');
    if (!list.contains('accept-encoding')) add('accept-encoding', 'gzip, deflate');

    // undici never reuses the connection of a HEAD request.
    const out = ['host', this.url.host, 'connection',
      state.method === 'HEAD' ? 'close' : 'keep-alive'];
    let userLength = null;
    const { lowers, names, values } = list;
    for (let i = 0; i < lowers.length; i++) {
      switch (lowers[i]) {
        case 'host':
          continue;
        case 'connection': {
          const value = values[i].toLowerCase();
          if (value !== 'close' && value !== 'keep-alive') {
            throw invalidArgument('invalid connection header');
          }
          if (value === 'close') out[3] = 'close';
          continue;
        }
        case 'content-length':
          userLength = values[i];
          continue;
        case 'transfer-encoding':
          throw invalidArgument('invalid transfer-encoding header');
        case 'keep-alive':
          throw invalidArgument('invalid keep-alive header');
        case 'upgrade':
          throw invalidArgument('invalid upgrade header');
        case 'expect':
          throw new NotSupportedError('expect header not supported');
      }
      out.push(names[i], values[i]);
    }
    const body = state.body;
    if (body === null) {
      // fetch adds it for POST and PUT, undici's client for PATCH too.
      if (kEmptyLengthMethods.has(state.method)) out.push('content-length', '0');
    } else if (sendParts) {
      if (userLength !== null && +userLength !== body.length) {
        throw new RequestContentLengthMismatchError(
          'Request body length does not match content-length header');
      }
      out.push('content-length', `${body.length}`);
    } else if (userLength !== null) {
      out.push('content-length', userLength);
    } else {
      out.push('transfer-encoding', 'chunked');
    }
    return out;
  }

  // The Referer value ("determine request's referrer" as node 20's undici
  // computes it), or null. node has no client, so "client" is no referrer.
  referrerHeader() {
    const referrer = this.state.referrer;
    if (referrer === 'client' || referrer === 'no-referrer') return null;
    const { URL } = require('internal/url');
    const source = new URL(referrer);
    const stripped = stripForReferrer(source, false);
    if (stripped === null) return null;
    const origin = stripForReferrer(source, true);
    const full = stripped.length > 4096 ? origin : stripped;
    const current = this.url;
    switch (this.state.referrerPolicy || 'strict-origin-when-cross-origin') {
      case 'origin':
        return origin;
      case 'unsafe-url':
        return full;
      case 'same-origin':
        // undici compares the request record itself here, which never
        // matches.
        return null;
      case 'origin-when-cross-origin':
        return origin;
      case 'strict-origin-when-cross-origin':
        if (sameOrigin(source, current)) return full;
        // Falls through.
      default:
        if (isTrustworthy(source) && !isTrustworthy(current)) return null;
        return origin;
    }
  }

  send() {
    const state = this.state;
    const url = this.url;
    const body = state.body;
    // A body with a source and no stream in use goes out from its parts.
    const sendParts = body !== null && body.parts !== null &&
      (body.stream === null || (!body.stream[kState].disturbed &&
                                body.stream[kState].reader === undefined));
    const secure = url.protocol === 'https:';
    const agent = getAgent(secure);
    let headers;
    let request;
    try {
      headers = this.headerArray(sendParts);
      let hostname = url.hostname;
      if (hostname.charCodeAt(0) === 0x5b) hostname = hostname.slice(1, -1);
      const method = state.method;
      // node's client frames a body-less request of another method as
      // chunked unless its headers are still open; undici sends no framing.
      const unframed = body === null && !kUnchunkedMethods.has(method.toUpperCase()) &&
        !kEmptyLengthMethods.has(method);
      request = (secure ? https : http).request({
        hostname,
        port: url.port === '' ? (secure ? 443 : 80) : +url.port,
        path: url.pathname + url.search,
        method,
        headers: unframed ? headerObject(headers) : headers,
        agent,
      });
      if (unframed) request.useChunkedEncodingByDefault = false;
    } catch (err) {
      this.fail(err);
      return;
    }
    this.request = request;
    request.on('response', (message) => this.onResponse(message, request));
    request.on('error', (err) => this.onRequestError(err, request, sendParts));
    if (body === null) {
      request.end();
    } else if (sendParts) {
      this.writeParts(request, body.parts);
    } else {
      this.writeStream(request, bodyStream(body));
    }
  }

  writeParts(request, parts) {
    let index = 0;
    const next = () => {
      while (index < parts.length) {
        const part = parts[index++];
        if (part instanceof Uint8Array) {
          if (part.length > 0) {
            request.write(Buffer.from(part.buffer, part.byteOffset, part.length));
          }
          continue;
        }
        part.arrayBuffer().then((buffer) => {
          if (request.destroyed) return;
          if (buffer.byteLength > 0) request.write(Buffer.from(buffer));
          next();
        }, (err) => {
          request.destroy();
          this.fail(err);
        });
        return;
      }
      request.end();
    };
    if (parts.length === 1 && parts[0] instanceof Uint8Array) {
      const part = parts[0];
      request.end(Buffer.from(part.buffer, part.byteOffset, part.length));
      return;
    }
    next();
  }

  writeStream(request, stream) {
    let reader;
    try {
      reader = new ReadableStreamDefaultReader(stream);
    } catch (err) {
      this.fail(err);
      return;
    }
    const onError = (err) => {
      request.destroy();
      this.fail(err);
    };
    const readRequest = {
      chunkSteps: (chunk) => {
        if (request.destroyed) return;
        if (typeof chunk === 'string') chunk = Buffer.from(chunk, 'utf8');
        if (!(chunk instanceof Uint8Array)) {
          onError(new TypeError('Received non-Uint8Array chunk'));
          return;
        }
        if (chunk.length === 0 || request.write(chunk)) enqueueMicrotask(pump);
        else request.once('drain', pump);
      },
      closeSteps: () => {
        if (!request.destroyed) request.end();
      },
      errorSteps: onError,
    };
    function pump() {
      readableStreamDefaultReaderRead(reader, readRequest);
    }
    pump();
  }

  onRequestError(err, request, sendParts) {
    if (this.request !== request) return;
    if (this.source !== null) {
      this.source.fail(new TypeError('terminated', { cause: networkCause(err, request.socket) }));
      return;
    }
    if (this.settled) return;
    // A kept-alive connection the server closed as it was reused: try once
    // more on a fresh one when the body can be sent again.
    if (request.reusedSocket && !this.retried && (this.state.body === null || sendParts) &&
        (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
      this.retried = true;
      this.send();
      return;
    }
    this.fail(networkCause(err, request.socket));
  }

  onResponse(message, request) {
    if (this.request !== request || this.settled) {
      message.resume();
      return;
    }
    const state = this.state;
    const status = message.statusCode;
    const raw = message.rawHeaders;
    if (kRedirectStatus.has(status) && state.redirect !== 'manual') {
      const location = HeaderList.rawGet(raw, 'location');
      if (location !== null) {
        message.resume();
        if (state.redirect === 'error') {
          this.fail(new Error('unexpected redirect'));
        } else {
          this.redirect(status, location);
        }
        return;
      }
    }
    const response = newResponseState();
    response.type = 'basic';
    response.status = status;
    response.statusText = message.statusMessage;
    response.headers = new HeaderList(raw);
    response.guard = 'immutable';
    response.urlList = this.urlList;
    if (state.method === 'HEAD' || kNullBodyStatus.has(status)) {
      message.resume();
    } else {
      const body = new Body();
      this.source = new NetworkSource(this, message,
                                      HeaderList.rawGet(raw, 'content-encoding'));
      body.network = this.source;
      this.body = body;
      response.body = body;
    }
    this.respond(response);
  }

  redirect(status, location) {
    const state = this.state;
    let next;
    try {
      const { URL } = require('internal/url');
      next = new URL(location, this.url);
    } catch (err) {
      this.fail(err);
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      this.fail(new Error('URL scheme must be a HTTP(S) scheme'));
      return;
    }
    if (this.redirectCount === 20) {
      this.fail(new Error('redirect count exceeded'));
      return;
    }
    this.redirectCount++;
    const body = state.body;
    if (status !== 303 && body !== null && body.parts === null) {
      this.fail(new Error());
      return;
    }
    const method = state.method;
    if (((status === 301 || status === 302) && method === 'POST') ||
        (status === 303 && method !== 'GET' && method !== 'HEAD')) {
      state.method = 'GET';
      state.body = null;
      for (const name of kRequestBodyHeaders) state.headers.delete(name);
    }
    if (!sameOrigin(this.url, next)) {
      state.headers.delete('authorization');
      state.headers.delete('proxy-authorization');
      state.headers.delete('cookie');
      state.headers.delete('host');
    }
    if (state.body !== null) state.body = bodyFromParts(state.body.parts, state.body.length);
    this.url = next;
    this.urlList.push(stripFragment(next.href));
    this.request = null;
    this.start();
  }
}

function fetch(input, init = undefined) {
  let state;
  try {
    const inputState = requestStateOf(input) ?? null;
    if (inputState === null && typeof input === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    state = buildRequestState(input, init, inputState);
    // undici's dispatchers (proxies, mocks) do not exist here.
    if (init != null && init.dispatcher !== undefined) {
      throw new ERR_NOT_IMPLEMENTED('fetch() option "dispatcher"');
    }
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve, reject) => {
    const signal = state.signal;
    if (signal !== null && signal.aborted) {
      reject(signal.reason);
      return;
    }
    new FetchContext(state, resolve, reject).start();
  });
}

module.exports = { fetch };
