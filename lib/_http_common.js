// eddy: node:_http_common. The parser pool and the parser callbacks shared by
// the server and the client, header token/character checks, and the
// "consume" hook through which a server connection's bytes go from the
// socket handle straight into its parser.
//
// The parser (internalBinding('http_parser'), src/bindings/http_parser)
// calls back at numeric indices: kOnHeaders with batches of raw headers for
// long header blocks, kOnHeadersComplete with the rest, kOnBody with Buffers,
// kOnMessageComplete. Headers stay a flat raw array; IncomingMessage builds
// its `headers` object only when it is read.
//
// Consuming: as node does, the server hands the socket's libuv stream to the
// C++ parser (parser.consume(handle)), so reads skip the socket's Readable
// and JS entirely until the parser calls back with a message; then
// parser[kOnExecute](ret) runs. End of input and errors still take the
// socket's own path. A 'data' or 'readable' listener on the socket restores
// the normal path (unconsume), as in node.
'use strict';

const { HTTPParser, methods, allMethods, setBufferPrototype } = internalBinding('http_parser');
const { Buffer } = require('buffer');
const { setImmediate } = require('timers');
const incoming = require('_http_incoming');
const { validateBoolean, validateInteger } = require('internal/validators');
const { IncomingMessage, readStart, readStop, endIncoming, pushIncoming } = incoming;

setBufferPrototype(Buffer.prototype);

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Long header blocks arrive in batches before kOnHeadersComplete.
function parserOnHeaders(headers, url) {
  // Past the limit, the rest is dropped.
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    const dst = this._headers;
    for (let i = 0; i < headers.length; i++) dst.push(headers[i]);
  }
  this._url += url;
}

// Headers are done: make the IncomingMessage and hand it to onIncoming,
// whose return value tells the parser what to do with the body (0 parse it,
// 1 skip it, 2 skip it and stop: upgrade).
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const socket = parser.socket;

  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }

  const server = socket ? socket.server : undefined;
  const Incoming = (server && server[kIncomingMessage]) || IncomingMessage;
  const msg = parser.incoming = new Incoming(socket);
  msg.httpVersionMajor = versionMajor;
  msg.httpVersionMinor = versionMinor;
  msg.httpVersion = versionMajor === 1 ?
    (versionMinor === 1 ? '1.1' : versionMinor === 0 ? '1.0' : `1.${versionMinor}`) :
    `${versionMajor}.${versionMinor}`;
  msg.joinDuplicateHeaders = (server && server.joinDuplicateHeaders) ||
    parser.joinDuplicateHeaders;
  msg.url = url;
  msg.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  msg._addHeaderLines(headers, n);

  if (typeof method === 'number') {
    msg.method = allMethods[method];
  } else {
    msg.statusCode = statusCode;
    msg.statusMessage = statusMessage;
  }
  return parser.onIncoming(msg, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  if (!pushIncoming(stream, b)) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    // Trailers.
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    endIncoming(stream);
  }
  // Read on: the next message may be waiting.
  readStart(parser.socket);
}

// A pool of idle parsers (node's FreeList of 1000).
const parsers = {
  name: 'parsers',
  max: 1000,
  list: [],
  alloc() {
    if (this.list.length) return this.list.pop();
    const parser = new HTTPParser();
    cleanParser(parser);
    parser[kOnHeaders] = parserOnHeaders;
    parser[kOnHeadersComplete] = parserOnHeadersComplete;
    parser[kOnBody] = parserOnBody;
    parser[kOnMessageComplete] = parserOnMessageComplete;
    return parser;
  },
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  },
};

function closeParserInstance(parser) {
  parser.close();
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) unconsume(parser, parser.socket || socket);
    cleanParser(parser);
    parser.remove();
    if (parsers.free(parser) === false) {
      // Close it once its callbacks are off the stack.
      setImmediate(closeParserInstance, parser);
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser[kOnMessageBegin] = null;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

// err.rawPacket and the message node gives parse errors.
function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

// --- consume --------------------------------------------------------------------------------

// Feeds the socket's reads to `parser` directly: the C++ parser takes the
// handle's bytes (no onread call, no Buffer) and calls parser[kOnExecute].
function consume(parser, socket) {
  const handle = socket._handle;
  if (!handle || handle._consumed || typeof handle.readStart !== 'function') return false;
  if (!parser.consume(handle)) return false;
  parser._consumed = true;
  handle._consumed = true;
  return true;
}

function unconsume(parser, socket) {
  parser._consumed = false;
  parser.unconsume();
  const handle = socket && socket._handle;
  if (handle && handle._consumed) handle._consumed = false;
}

// --- checks ---------------------------------------------------------------------------------

// tchar of RFC 7230 section 3.2.6, by char code.
const tokenChars = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
  tokenChars[c.charCodeAt(0)] = 1;
}

// True when `val` is a valid HTTP token (RFC 7230). A loop over char codes
// rather than a RegExp: this runs for every header name.
function checkIsHttpToken(val) {
  if (typeof val !== 'string') val = `${val}`;
  const n = val.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = val.charCodeAt(i);
    if (c > 127 || tokenChars[c] === 0) return false;
  }
  return true;
}

// True when `val` (as a string) has a character not allowed in a header
// value: controls other than tab, DEL, or anything past U+00FF.
function checkInvalidHeaderChar(val) {
  if (typeof val !== 'string') val = `${val}`;
  for (let i = 0; i < val.length; i++) {
    const c = val.charCodeAt(i);
    if (c < 32 ? c !== 9 : c === 127 || c > 255) return true;
  }
  return false;
}

// --insecure-http-parser and --max-http-header-size, from the command line
// or NODE_OPTIONS (src/cli/options.cc parses both).
let cliOptions;
function getCliOptions() {
  if (cliOptions === undefined) cliOptions = internalBinding('process_methods').options;
  return cliOptions;
}

function isLenient() {
  return getCliOptions().insecureHttpParser === 1;
}

// 16 KiB unless --max-http-header-size=N says otherwise.
function getMaxHeaderSize() {
  const n = getCliOptions().maxHttpHeaderSize;
  return n >= 0 ? n : 16 * 1024;
}

// maxHeaderSize and insecureHTTPParser, as a server's and a request's
// options give them (validated; undefined means the process default).
function storeParserOptions(target, options) {
  const { maxHeaderSize, insecureHTTPParser } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  target.maxHeaderSize = maxHeaderSize;
  if (insecureHTTPParser !== undefined) {
    validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  }
  target.insecureHTTPParser = insecureHTTPParser;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  allMethods,
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  getMaxHeaderSize,
  storeParserOptions,
  prepareError,
  consume,
  unconsume,
  kOnExecute,
  kOnTimeout,
};
