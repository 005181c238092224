// eddy: node:_http_outgoing. OutgoingMessage, the common half of
// ServerResponse and ClientRequest: the header table, the header block
// (built in one pass when the first byte is sent), chunked framing, and the
// queue that holds output until the message owns its socket.
//
// Headers live in this[kOutHeaders] as { lowercase: [name, value] } (null
// until the first setHeader). _storeHeader renders the first line, those
// headers (or the ones writeHead was given) and the headers node adds
// itself (Date, Connection, Keep-Alive, Content-Length or
// Transfer-Encoding) into this._header. The header is sent with the first
// body bytes: glued to a string body in one write, or corked together with
// a Buffer body into one writev. end(data) without earlier writes knows the
// body's size, so it sends Content-Length instead of chunked framing.
'use strict';

const Stream = require('stream');
const { Buffer } = require('buffer');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { kOutHeaders, utcDate, kNeedDrain } = require('internal/http');
const common = require('_http_common');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { errnoException } = require('internal/errors');
const {
  createWriteWrap,
  kUpdateTimer,
} = require('internal/stream_base_commons');
const {
  streamBaseState,
  kBytesWritten: kStreamBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');

const checkIsHttpToken = common._checkIsHttpToken;
const checkInvalidHeaderChar = common._checkInvalidHeaderChar;
const { chunkExpression: RE_TE_CHUNKED } = common;

const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlfBuf = Buffer.from('\r\n');

let utilDeprecate;
function lazyDeprecate(fn, msg, code) {
  let wrapped;
  return function(...args) {
    if (wrapped === undefined) {
      utilDeprecate ??= require('util').deprecate;
      wrapped = utilDeprecate(fn, msg, code);
    }
    return Reflect.apply(wrapped, this, args);
  };
}

function nop() {}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

function OutgoingMessage(options) {
  Stream.call(this);

  // Output held until this message owns its socket (its turn in the
  // pipeline, or the client's socket arrives).
  this.outputData = [];
  // Bytes held there; _onPendingData reports changes to the connection so
  // the server can stop reading a client that does not read its responses.
  this.outputSize = 0;

  this.writable = true;
  this.destroyed = false;

  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;

  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;

  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = null;  // made on first use
  this[kChunkedLength] = 0;
  this._closed = false;

  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;

  this._keepAliveTimeout = 0;

  this._onPendingData = nop;

  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: {
    configurable: true,
    get() { return this[kErrored]; },
  },
  closed: {
    configurable: true,
    get() { return this._closed; },
  },
  writableFinished: {
    configurable: true,
    get() {
      return this.finished && this.outputSize === 0 &&
        (!this.socket || this.socket.writableLength === 0);
    },
  },
  writableObjectMode: {
    configurable: true,
    get() { return false; },
  },
  writableLength: {
    configurable: true,
    get() {
      return this.outputSize + this[kChunkedLength] +
        (this.socket ? this.socket.writableLength : 0);
    },
  },
  writableHighWaterMark: {
    configurable: true,
    get() {
      return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
    },
  },
  writableCorked: {
    configurable: true,
    get() { return this[kCorked]; },
  },
  writableEnded: {
    configurable: true,
    get() { return this.finished; },
  },
  writableNeedDrain: {
    configurable: true,
    get() { return !this.destroyed && !this.finished && this[kNeedDrain]; },
  },
  connection: {
    configurable: true,
    get() { return this.socket; },
    set(val) { this.socket = val; },
  },
  headersSent: {
    configurable: true,
    enumerable: true,
    get() { return !!this._header; },
  },
  _headers: {
    configurable: true,
    get: lazyDeprecate(function() {
      return this.getHeaders();
    }, 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
    set: lazyDeprecate(function(val) {
      if (val == null) {
        this[kOutHeaders] = null;
      } else if (typeof val === 'object') {
        const headers = this[kOutHeaders] = { __proto__: null };
        for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
      }
    }, 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
  },
  _headerNames: {
    configurable: true,
    get: lazyDeprecate(function() {
      const headers = this[kOutHeaders];
      if (headers === null) return null;
      const out = { __proto__: null };
      for (const key of Object.keys(headers)) out[key] = headers[key][0];
      return out;
    }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
    set: lazyDeprecate(function(val) {
      if (typeof val === 'object' && val !== null) {
        const headers = this[kOutHeaders];
        if (!headers) return;
        for (const key of Object.keys(val)) {
          const header = headers[key];
          if (header) header[0] = val[key];
        }
      }
    }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
  },
});

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    for (const key of Object.keys(headersMap)) {
      headers[headersMap[key][0]] = headersMap[key][1];
    }
  }
  return headers;
};

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  if (this[kCorked]) this[kCorked]--;
  // Chunks written while corked go out as one chunk.
  if (this[kCorked] === 0 && this[kChunkedBuffer] !== null && this[kChunkedBuffer].length) {
    const buffered = this[kChunkedBuffer];
    const len = this[kChunkedLength];
    this[kChunkedBuffer] = null;
    this[kChunkedLength] = 0;
    this._send(len.toString(16), 'latin1', null);
    this._send(crlfBuf, null, null);
    let callbacks;
    for (let i = 0; i < buffered.length; i++) {
      const { data, encoding, callback } = buffered[i];
      this._send(data, encoding, null);
      if (typeof callback === 'function') (callbacks ??= []).push(callback);
    }
    this._send(crlfBuf, null, callbacks === undefined ? null : (err) => {
      for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
    });
  }
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) {
      socket.setTimeout(msecs);
    });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

// Tearing down a message takes its socket with it (now, or once it has one).
OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) {
      socket.destroy(error);
    });
  }
  return this;
};

// Sends `data`, preceded by the header block if that has not gone yet.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' &&
        (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = _writeRaw;
function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  // Writing after the socket was destroyed: 'close' is on its way.
  if (conn && conn.destroyed) return false;

  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (gatherMsg === this) {
    // end() collects the whole message for one write (see endDirect).
    if (this.outputData.length) {
      const held = this.outputData;
      for (let i = 0; i < held.length; i++) {
        gathered.push(held[i].data, held[i].encoding, held[i].callback);
      }
      this.outputData = [];
      this._onPendingData(-this.outputSize);
      this.outputSize = 0;
    }
    gathered.push(data, encoding, callback);
    return true;
  }

  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  // Not our turn yet: hold it.
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
}

// Header rendering state, module-level: _storeHeader is never re-entered.
const kSeenConnection = 1;
const kSeenContentLength = 2;
const kSeenTE = 4;
const kSeenDate = 8;
const kSeenExpect = 16;
const kSeenTrailer = 32;
let seenFlags = 0;
let headerText = '';

const keepAliveHeaders = new Map();
// 'Date: ...\r\n', rebuilt when utcDate()'s cached string changes (once a
// second), so each response adds one flat piece instead of three.
let dateLineFor = '';
let dateLine = '';
function utcDateLine() {
  const date = utcDate();
  if (date !== dateLineFor) {
    dateLineFor = date;
    dateLine = `Date: ${date}\r\n`;
  }
  return dateLine;
}

// The Connection and Keep-Alive lines of a keep-alive response, kept for the
// last timeout/max pair (a server sends the same pair on every response).
let keepAliveLineTimeout = -1;
let keepAliveLineMax;
let keepAliveLineText = '';
function keepAliveLine(timeout, maxRequests) {
  if (timeout !== keepAliveLineTimeout || maxRequests !== keepAliveLineMax) {
    keepAliveLineTimeout = timeout;
    keepAliveLineMax = maxRequests;
    keepAliveLineText = `Connection: keep-alive\r\n${keepAliveHeader(timeout, maxRequests)}`;
  }
  return keepAliveLineText;
}

function keepAliveHeader(timeout, maxRequests) {
  const seconds = Math.floor(timeout / 1000);
  let max = '';
  if (~~maxRequests > 0) max = `, max=${maxRequests}`;
  if (max === '') {
    let line = keepAliveHeaders.get(seconds);
    if (line === undefined) {
      line = `Keep-Alive: timeout=${seconds}\r\n`;
      if (keepAliveHeaders.size < 64) keepAliveHeaders.set(seconds, line);
    }
    return line;
  }
  return `Keep-Alive: timeout=${seconds}${max}\r\n`;
}

OutgoingMessage.prototype._storeHeader = _storeHeader;
function _storeHeader(firstLine, headers) {
  seenFlags = 0;
  headerText = firstLine;

  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, entry[0], key, entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, entry[0], undefined, entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, headers[n], undefined, headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          processHeader(this, key, undefined, headers[key], true);
        }
      }
    }
  }

  // The block is assembled from its lines in one template literal at the
  // end: in SpiderMonkey that costs about 30% less than appending each line
  // (fewer rope nodes to build here and to flatten when the socket writes).
  const header = headerText;
  const seen = seenFlags;
  headerText = '';

  const date = this.sendDate && (seen & kSeenDate) === 0 ? utcDateLine() : '';
  let connection = '';
  let framing = '';

  // 204 and 304 carry no body, so no chunked framing either; a
  // Transfer-Encoding: chunked the user set closes the connection instead.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  // Keep-alive.
  if (this._removedConnection) {
    // No Connection header; HTTP/1.1 persists by default.
    this._last = !this.shouldKeepAlive;
  } else if ((seen & kSeenConnection) === 0) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      ((seen & kSeenContentLength) !== 0 || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      connection = 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      connection = this._keepAliveTimeout && this._defaultKeepAlive
        ? keepAliveLine(this._keepAliveTimeout, this._maxRequestsPerSocket)
        : 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      connection = 'Connection: close\r\n';
    }
  }

  if ((seen & (kSeenContentLength | kSeenTE)) === 0) {
    if (!this._hasBody) {
      // No body: no framing either.
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if ((seen & kSeenTrailer) === 0 && !this._removedContLen &&
               typeof this._contentLength === 'number') {
      framing = `Content-Length: ${this._contentLength}\r\n`;
    } else if (!this._removedTE) {
      framing = 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    }
    // Both removed by the user: the body is sent as is.
  }

  // Trailers need chunked framing.
  if (this.chunkedEncoding !== true && (seen & kSeenTrailer) !== 0) {
    throw new ERR_HTTP_TRAILER_INVALID();
  }

  this._header = `${header}${date}${connection}${framing}\r\n`;
  this._headerSent = false;

  // With Expect, the header goes now: the peer waits for it before the body.
  if ((seen & kSeenExpect) !== 0) this._send('');
}

// `lower` is the lowercase name when the caller has it.
function processHeader(self, key, lower, value, validate) {
  if (validate) validateHeaderName(key);

  // RFC 6266 section 4.3: with a Content-Length, content-disposition values
  // are sent as latin1, as node does.
  if (self._contentLength && isContentDispositionField(key)) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }

  if (Array.isArray(value)) {
    const unique = self[kUniqueHeaders];
    if ((value.length < 2 || !isCookieField(key)) &&
        (!unique || !unique.has(lower ?? key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, key, lower, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, key, lower, value, validate);
}

function storeHeader(self, key, lower, value, validate) {
  if (validate) validateHeaderValue(key, value);
  headerText += key + ': ' + value + '\r\n';
  const len = key.length;
  if (len >= 4 && len <= 17) matchHeader(self, lower ?? key.toLowerCase(), value);
}

// Headers the user set that change what _storeHeader adds.
function matchHeader(self, field, value) {
  switch (field) {
    case 'connection':
      seenFlags |= kSeenConnection;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      seenFlags |= kSeenTE;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      seenFlags |= kSeenContentLength;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
      seenFlags |= kSeenDate;
      break;
    case 'expect':
      seenFlags |= kSeenExpect;
      break;
    case 'trailer':
      seenFlags |= kSeenTrailer;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  // Headers joins set-cookie values with ', ' in get(); iterating gives
  // each one, and they are set together at the end.
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) cookies.push(value[i]);
      } else {
        cookies.push(value);
      }
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  const entry = headers[field];
  if (!Array.isArray(entry[1])) entry[1] = [entry[1]];
  const existing = entry[1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  const values = Object.values(headers);
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i][0];
  return out;
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection':
      this._removedConnection = true;
      break;
    case 'content-length':
      this._removedContLen = true;
      break;
    case 'transfer-encoding':
      this._removedTE = true;
      break;
    case 'date':
      this.sendDate = false;
      break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

function byteLengthOf(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

// Is Content-Length a promise strictContentLength makes us keep?
function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }

  let err;
  if (msg.finished) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (msg.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= byteLengthOf(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength :
          msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLengthOf(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    // HEAD, 1xx, 204, 304: the body is dropped.
    process.nextTick(callback);
    return true;
  }

  // Writes within one tick go out together.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLengthOf(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      (msg[kChunkedBuffer] ??= []).push({ data: chunk, encoding, callback });
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlfBuf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlfBuf, null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');

    // Several values go on several lines, unless the name is unique.
    const isArrayValue = Array.isArray(value);
    if (isArrayValue && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (isArrayValue) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

// --- end() ----------------------------------------------------------------------------------
//
// When end() runs while this message owns an idle socket (nothing queued,
// corked or in flight on it, nothing held here), everything end() sends
// (the header block, the last body chunk with its framing, the chunked
// terminator) is gathered and handed to the socket's handle in one write,
// without going through the socket's Writable. Otherwise node's way: cork
// the socket, write the pieces, uncork (one writev).

let gatherMsg = null;
// A WriteWrap whose write completed at once, for the next one.
let spareWriteWrap = null;
// Flat [data, encoding, callback, ...] of the message being gathered.
const gathered = [];

function socketIsIdle(socket) {
  // (A destroyed socket has a destroyed writable side: ws.destroyed below.)
  if (socket === null || socket.connecting) return false;
  const handle = socket._handle;
  if (!handle || typeof handle.writeUtf8String !== 'function') return false;
  const ws = socket._writableState;
  return ws !== undefined && ws.length === 0 && ws.corked === 0 && !ws.writing &&
    !ws.ending && !ws.destroyed && ws.errored === null &&
    ws.buffered.length === ws.bufferedIndex && handle.writeQueueSize === 0;
}

function canGather(msg) {
  const socket = msg.socket;
  return socket !== null && socket._httpMessage === msg && msg.outputData.length === 0 &&
    msg[kCorked] === 0 && gatherMsg === null && socketIsIdle(socket);
}

function handleEncoding(encoding) {
  switch (encoding) {
    case undefined:
    case null:
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'ascii':
      return 'ascii';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'ucs2';
    default:
      return null;
  }
}

function callAll(callbacks) {
  return (err) => {
    for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
  };
}

// Sends the gathered pieces with one call on the socket's handle.
function flushGathered(msg, socket) {
  const n = gathered.length;
  let callbacks = null;
  let single = null;
  let singleEncoding = null;
  let count = 0;
  for (let i = 0; i < n; i += 3) {
    const data = gathered[i];
    const cb = gathered[i + 2];
    if (typeof cb === 'function' && cb !== nop) (callbacks ??= []).push(cb);
    if (data.length === 0) continue;
    count++;
    single = data;
    singleEncoding = gathered[i + 1];
  }
  const handle = socket._handle;
  let req = spareWriteWrap;
  if (req !== null) {
    spareWriteWrap = null;
    req.handle = handle;
  } else {
    req = createWriteWrap(handle);
  }
  let err = 0;
  if (count === 1 && typeof single === 'string' && handleEncoding(singleEncoding) !== null) {
    switch (handleEncoding(singleEncoding)) {
      case 'utf8': err = handle.writeUtf8String(req, single); break;
      case 'latin1': err = handle.writeLatin1String(req, single); break;
      case 'ascii': err = handle.writeAsciiString(req, single); break;
      default: err = handle.writeUcs2String(req, single); break;
    }
  } else if (count === 1 && typeof single !== 'string') {
    err = handle.writeBuffer(req, single);
  } else if (count > 0) {
    const chunks = [];
    for (let i = 0; i < n; i += 3) {
      let data = gathered[i];
      if (data.length === 0) continue;
      let enc;
      if (typeof data === 'string') {
        enc = handleEncoding(gathered[i + 1]);
        if (enc === null) {
          data = Buffer.from(data, gathered[i + 1]);
          enc = 'buffer';
        }
      } else {
        enc = 'buffer';
      }
      chunks.push(data, enc);
    }
    err = handle.writev(req, chunks, false);
  }
  gathered.length = 0;
  socket[kUpdateTimer]();
  const cb = callbacks === null ? nop : callbacks.length === 1 ? callbacks[0] : callAll(callbacks);
  if (err !== 0) {
    socket.destroy(errnoException(err, 'write', req.error));
    return;
  }
  if (count > 0 && streamBaseState[kLastWriteWasAsync]) {
    req.bytes = streamBaseState[kStreamBytesWritten];
    req.async = true;
    req.callback = cb;
  } else {
    // Done already: the request object can serve the next write.
    req.handle = null;
    spareWriteWrap = req;
    process.nextTick(cb, null);
  }
}

// Gathering stopped by an exception: leave what was gathered where node
// would have it, written to the corked socket.
function abandonGather(socket) {
  const n = gathered.length;
  socket.cork();
  for (let i = 0; i < n; i += 3) {
    socket.write(gathered[i], gathered[i + 1], gathered[i + 2]);
  }
  gathered.length = 0;
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  if (this.finished) {
    if (chunk) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(),
              typeof callback !== 'function' ? nop : callback);
    } else if (typeof callback === 'function') {
      if (!this.writableFinished) {
        this.on('finish', callback);
      } else {
        callback(new ERR_STREAM_ALREADY_FINISHED('end'));
      }
    }
    return this;
  }

  const socket = this.socket;
  if (!canGather(this)) return endCorked(this, chunk, encoding, callback);
  gatherMsg = this;
  let ok = false;
  try {
    endBody(this, chunk, encoding, callback);
    ok = true;
  } finally {
    gatherMsg = null;
    if (!ok) abandonGather(socket);
  }
  flushGathered(this, socket);
  endFinish(this);
  return this;
};

function endCorked(msg, chunk, encoding, callback) {
  if (msg.socket) msg.socket.cork();
  endBody(msg, chunk, encoding, callback);
  if (msg.socket) {
    // end() uncorks the connection completely.
    msg.socket._writableState.corked = 1;
    msg.socket.uncork();
  }
  endFinish(msg);
  return msg;
}

// The body part of end(): the last chunk, the header if not sent yet, and
// the framing that ends the message.
function endBody(msg, chunk, encoding, callback) {
  if (chunk) {
    write_(msg, chunk, encoding, null, true);
  } else if (!msg._header) {
    msg._contentLength = 0;
    msg._implicitHeader();
  }

  if (typeof callback === 'function') msg.once('finish', callback);

  if (strictContentLength(msg) && msg[kBytesWritten] !== msg._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(msg[kBytesWritten], msg._contentLength);
  }

  const finish = () => onFinish(msg);
  if (msg._hasBody && msg.chunkedEncoding) {
    msg._send('0\r\n' + msg._trailer + '\r\n', 'latin1', finish);
  } else if (!msg._headerSent || msg.writableLength || chunk) {
    msg._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
}

function endFinish(msg) {
  msg[kCorked] = 1;
  msg.uncork();

  msg.finished = true;

  // Everything went to the socket and this is the message it serves now:
  // on to the next one.
  if (msg.outputData.length === 0 && msg.socket && msg.socket._httpMessage === msg) {
    msg._finish();
  }
}

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what is still held once the message owns its socket.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      // The next message in the queue may go.
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;

  const outputData = this.outputData;
  if (gatherMsg === null && socketIsIdle(socket)) {
    // Everything held goes out with one call on the handle (as end() does).
    for (let i = 0; i < outputLength; i++) {
      const entry = outputData[i];
      gathered.push(entry.data, entry.encoding, entry.callback);
      entry.data = null;
    }
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    flushGathered(this, socket);
    return true;
  }
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();

  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

// Whether _flush() has anything to do for a message that just got its
// socket (output or corks held, or already ended).
function needsFlush(msg) {
  return msg.outputData.length !== 0 || msg[kCorked] !== 0 || msg.finished ||
    msg[kNeedDrain] || msg._flush !== OutgoingMessage.prototype._flush;
}

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  // Sends the header block on its own.
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  // An OutgoingMessage is not readable.
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  needsFlush,
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
};
