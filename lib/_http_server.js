// eddy: node:_http_server. http.Server (a net.Server whose connections get
// an HTTP parser), ServerResponse, STATUS_CODES.
//
// Per connection: a parser from the pool, consuming the socket (see
// _http_common: reads go straight into the parser), and a small state
// object with the requests not yet finished (`incoming`) and the responses
// waiting for their turn on the socket (`outgoing`, for pipelined
// requests). Per request: parserOnIncoming makes the ServerResponse, handles
// Expect, the Host check and maxRequestsPerSocket, then emits 'request'.
// When the response finishes, resOnFinish detaches it, lets the next
// pipelined response have the socket, and either closes the connection or
// arms the keep-alive timeout.
//
// Back-pressure: when the client does not read its responses (the socket's
// write buffer or the held output passes the high-water mark) the socket
// and the parser pause until 'drain'; a request body the program does not
// read pauses the socket through IncomingMessage.
//
// Timeouts: server.timeout (socket idle), keepAliveTimeout (between
// requests), and headersTimeout/requestTimeout checked every
// connectionsCheckingInterval ms against the parser's ConnectionsList; an
// expired request gets node's 408 through the clientError path.
'use strict';

const net = require('net');
const EE = require('events');
const { Buffer } = require('buffer');
const {
  parsers,
  freeParser,
  continueExpression,
  chunkExpression,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  getMaxHeaderSize,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  prepareError,
  storeParserOptions,
  consume,
  unconsume,
  kOnExecute,
  kOnTimeout,
} = require('_http_common');
const { ConnectionsList } = internalBinding('http_parser');
const {
  kUniqueHeaders,
  parseUniqueHeadersOption,
  OutgoingMessage,
  needsFlush,
} = require('_http_outgoing');
const { kOutHeaders, kNeedDrain, kHeadersCount } = require('internal/http');
const {
  IncomingMessage, isLazy, lazyResumeScheduled, lazyEndState, kEndDone, kEndEmitted,
} = require('_http_incoming');
const {
  codes: {
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateBoolean,
  validateObject,
} = require('internal/validators');
const { kTimeout, setUnrefTimeout } = require('internal/timers');
const { getLibuvNow } = internalBinding('timers');
const { kUpdateTimer } = require('internal/stream_base_commons');
const { clearTimeout, setInterval, clearInterval } = require('timers');

const { kLenientAll, kLenientNone } = HTTPParser;

const kServerResponse = Symbol('ServerResponse');
// The connection state a ServerResponse belongs to.
const kConnState = Symbol('kConnState');
// Set while assignSocket()'s 'close' listener is on the socket.
const kCloseListener = Symbol('kCloseListener');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a Teapot',
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

// Status lines of the common codes with their standard reason.
const statusLines = new Map();
function statusLine(statusCode, statusMessage) {
  if (statusMessage === STATUS_CODES[statusCode]) {
    let line = statusLines.get(statusCode);
    if (line === undefined) {
      line = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
      statusLines.set(statusCode, line);
    }
    return line;
  }
  if (checkInvalidHeaderChar(statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  return `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
}

function noop() {}

// --- ServerResponse -----------------------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);

  if (req.method === 'HEAD') this._hasBody = false;

  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;

  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    // HTTP/1.0: chunked only if the client said it takes it; no keep-alive.
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  // The socket closed under a response still in flight (a finished one
  // has been detached already).
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this[kCloseListener] = true;
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (this[kCloseListener]) {
    this[kCloseListener] = false;
    socket.removeListener('close', onServerResponseClose);
  }
  socket._httpMessage = null;
  this.socket = null;
};

// assignSocket() for the server's own connections: their 'close' reaches
// the response through socketOnClose instead of a listener per response.
function assignConnSocket(res, socket) {
  if (res.assignSocket !== ServerResponse.prototype.assignSocket) {
    res.assignSocket(socket);
    return;
  }
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = res;
  res.socket = socket;
  res.emit('socket', socket);
  if (needsFlush(res)) res._flush();
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderFormat(value, name) {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, kLinkFormat);
  }
}

function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    validateLinkHeaderFormat(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (let i = 0; i < hints.length; i++) validateLinkHeaderFormat(hints[i], 'hints');
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, kLinkFormat);
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');

  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // setHeader() was used too: merge obj into the table.
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      // Each pair replaces the table's entry (the last of a repeated name
      // wins, at the position the name had).
      for (let n = 0; n < obj.length; n += 2) {
        const k = obj[n];
        if (k) this.setHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  const line = statusLine(statusCode, this.statusMessage);

  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }

  // The client waits for 100 Continue and got a final status instead: it
  // may still send the body, so this connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(line, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// --- Server -----------------------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  storeParserOptions(this, options);

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }

  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function setupConnectionsTracking() {
  this[kConnections] ||= new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  // Started whatever the timeouts are now: they may be changed later.
  this[kConnectionsCheckingInterval] =
    setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);

  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }

  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });

  if (requestListener) this.on('request', requestListener);

  // Whether the server lets the client half-close (end) and still answers.
  this.httpAllowHalfOpen = false;

  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);

  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  Reflect.apply(net.Server.prototype.close, this, args);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].all();
  for (let i = 0; i < connections.length; i++) {
    const socket = connections[i].socket;
    if (socket) socket.destroy();
  }
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  const connections = this[kConnections].idle();
  for (let i = 0; i < connections.length; i++) {
    const socket = connections[i].socket;
    if (!socket) continue;
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const res = args[1];
      if (!res.headersSent && !res.writableEnded) {
        // Answer with a bare 500.
        const names = res.getHeaderNames();
        for (let i = 0; i < names.length; i++) res.removeHeader(names[i]);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      Reflect.apply(net.Server.prototype[EE.captureRejectionSymbol], this, [err, event, ...args]);
  }
};

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (let i = 0; i < expired.length; i++) {
    const socket = expired[i].socket;
    if (socket) onRequestTimeout(socket);
  }
}

function onRequestTimeout(socket) {
  socket[kRequestTimeout] = undefined;
  Reflect.apply(socketOnError, socket, [new ERR_HTTP_REQUEST_TIMEOUT()]);
}

// --- connections ------------------------------------------------------------------------------

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;

  // Without a user listener for 'timeout' anywhere, an idle socket is
  // destroyed (socketOnTimeout).
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ?
    isLenient() : server.insecureHTTPParser;
  parser.initialize(HTTPParser.REQUEST, undefined, server.maxHeaderSize || getMaxHeaderSize(),
                    lenient ? kLenientAll : kLenientNone, server[kConnections]);
  parser.socket = socket;
  socket.parser = parser;

  if (typeof server.maxHeadersCount === 'number') {
    parser.maxHeaderPairs = server.maxHeadersCount << 1;
  }

  const state = {
    server,
    socket,
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    onPendingData: null,
    outgoing: [],
    incoming: [],
    // Bytes held by queued responses (not yet on the socket).
    outgoingData: 0,
    requestsCount: 0,
    // Waiting for the next request with the keep-alive timeout running,
    // either as the socket's timeout or (when the socket has none of its
    // own) as keepAliveTimer, re-armed with refresh() after each response.
    keepAliveTimeoutSet: false,
    keepAliveTimer: null,
    keepAliveStart: 0,
    // Options for this connection's ServerResponses.
    resOptions: null,
  };
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  state.onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  // Closures rather than bound functions: these run for every request, and
  // SpiderMonkey calls a bound function with bound arguments through
  // self-hosted code.
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);

  // While consumed, the socket's own reading follows pause/resume.
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);

  // A 'data' or 'readable' listener of the program's own takes the bytes
  // back from the parser.
  socket.on = generateSocketListenerWrapper('on');
  socket.addListener = generateSocketListenerWrapper('addListener');
  socket.prependListener = generateSocketListenerWrapper('prependListener');
  socket.setEncoding = socketSetEncoding;

  if (socket._handle && socket._handle.isStreamBase && !socket._handle._consumed) {
    consume(parser, socket);
  }
  parser[kOnExecute] = (ret) => onParserExecute(server, socket, parser, state, ret);
  parser[kOnTimeout] = () => onParserTimeout(server, socket);

  socket._paused = false;
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsumeSocket(this.parser, this);
    return res;
  };
}

function unconsumeSocket(parser, socket) {
  if (socket._handle) {
    if (parser._consumed) unconsume(parser, socket);
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
  }
}

function onSocketResume() {
  // 'resume' comes a tick after resume(); the server may have paused the
  // socket again meanwhile.
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle && this._handle.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;

  // Paused for back-pressure and now below the mark: read again.
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }

  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  stopKeepAliveTimer(state);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
  // The response in flight (see assignConnSocket).
  const msg = socket._httpMessage;
  if (msg && msg[kConnState] === state) emitCloseNT(msg);
}

function connResetException(msg) {
  // node's ConnResetException: an Error with code ECONNRESET.
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    Reflect.apply(socketOnError, socket, [ret]);
    return;
  }

  if (!server.httpAllowHalfOpen) {
    // As node 20: no abortIncoming here. A request whose body ran to EOF
    // has just completed in finish(); unfinished ones abort on 'close'.
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

// parser[kOnExecute]: the consumed socket's bytes went through the parser
// (no 'data' event: the socket's idle timer is refreshed here).
function onParserExecute(server, socket, parser, state, ret) {
  socket[kUpdateTimer]();
  onParserExecuteCommon(server, socket, parser, state, ret, undefined);
}

function onParserTimeout(server, socket) {
  const serverTimeout = server.emit('timeout', socket);
  if (!serverTimeout) socket.destroy();
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  // Later errors are ignored.
  this.removeListener('error', socketOnError);
  if (!this.listeners('error').includes(noop)) this.on('error', noop);

  if (!this.server.emit('clientError', e, this)) {
    // Answer only if nothing of a response went out on this socket yet, or
    // the reply would corrupt it.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
          response = requestChunkExtensionsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
          break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);

  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    Reflect.apply(socketOnError, socket, [ret]);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // Upgrade or CONNECT: the rest of the bytes belong to the new protocol.
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      // The bytes after the request belong to the new protocol (taken
      // before the parser lets go of them).
      if (d === undefined) d = parser.getCurrentBuffer();
      const bodyHead = d.slice(ret, d.length);
      socket.removeListener('data', state.onData);
      socket.removeListener('end', state.onEnd);
      socket.removeListener('close', state.onClose);
      socket.removeListener('drain', state.onDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      stopKeepAliveTimer(state);
      unconsumeSocket(parser, socket);
      parser.finish();
      freeParser(parser, req, socket);
      parser = null;

      if (server.listenerCount(eventName) > 0) {
        socket.readableFlowing = null;
        server.emit(eventName, req, socket, bodyHead);
      } else {
        socket.destroy();
      }
    } else {
      // CONNECT with nobody to handle it.
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    // An HTTP/2 preface.
    socket.destroy();
  }

  if (socket._paused && socket.parser) {
    // onIncoming paused the socket: the parser waits too.
    socket.parser.pause();
  }
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  // Let the request be collected once it is done.
  if (parser && parser.incoming === req) {
    if (isLazy(req)) {
      const end = lazyEndState(req);
      if (end === kEndDone) {
        // Dumped without ever making its Readable (see _http_incoming): its
        // 'end' counts as emitted. The listener node would add stays.
        EE.prototype.on.call(req, 'end', clearIncoming);
        parser.incoming = null;
      } else if (end === kEndEmitted) {
        parser.incoming = null;
      } else {
        req.on('end', clearIncoming);
      }
    } else if (req.readableEnded) {
      parser.incoming = null;
    } else {
      req.on('end', clearIncoming);
    }
  }
}

// 'finish' of a ServerResponse (registered before the program's listeners).
function resOnFinish() {
  const res = this;
  const req = res.req;
  const state = res[kConnState];
  const socket = state.socket;
  const server = state.server;

  // The finished response belongs to the oldest request (the list may be
  // empty when abortIncoming emptied it).
  if (state.incoming.length && state.incoming[0] === req) state.incoming.shift();

  // A body nobody read is drained so the next request can be parsed.
  if (!req._consuming &&
      !(isLazy(req) ? lazyResumeScheduled(req) : req._readableState.resumeScheduled)) {
    req._dump();
  }

  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      startKeepAliveTimeout(server, socket, state);
    }
  } else {
    // The next pipelined response may write now.
    const m = state.outgoing.shift();
    if (m) assignConnSocket(m, socket);
  }
}

// The connection is idle until the next request: arm keepAliveTimeout.
// node sets it as the socket's timeout and clears it when a request comes;
// when the socket has no timeout of its own, eddy keeps one timer per
// connection instead and reports an expiry the same way (the socket's
// 'timeout' event, with socket.timeout set). The timer is not moved at
// every response: each response records when the wait began, and an
// expiring timer that finds a later start sleeps for the rest.
function startKeepAliveTimeout(server, socket, state) {
  // One second more than the Keep-Alive header announces, as node does, so
  // that the client gives up on the connection first.
  const ms = server.keepAliveTimeout + 1000;
  if (server.timeout || socket[kTimeout] || !(socket instanceof net.Socket)) {
    socket.setTimeout(ms);
    state.keepAliveTimeoutSet = true;
    return;
  }
  state.keepAliveStart = getLibuvNow();
  const timer = state.keepAliveTimer;
  if (timer === null || timer.keepAliveMs !== ms) {
    if (timer !== null) clearTimeout(timer);
    armKeepAliveTimer(state, ms, ms);
  }
  socket.timeout = ms;
  state.keepAliveTimeoutSet = true;
}

function armKeepAliveTimer(state, ms, delay) {
  const timer = state.keepAliveTimer = setUnrefTimeout(onKeepAliveTimer, delay);
  timer.connState = state;
  timer.keepAliveMs = ms;
}

function onKeepAliveTimer() {
  const state = this.connState;
  if (state.keepAliveTimer !== this) return;
  state.keepAliveTimer = null;
  const socket = state.socket;
  // Busy with a request: the next response arms a new timer.
  if (!state.keepAliveTimeoutSet || socket.destroyed) return;
  const left = state.keepAliveStart + this.keepAliveMs - getLibuvNow();
  if (left > 0) {
    armKeepAliveTimer(state, this.keepAliveMs, left);
    return;
  }
  socket.emit('timeout');
}

function stopKeepAliveTimer(state) {
  if (state.keepAliveTimer !== null) {
    clearTimeout(state.keepAliveTimer);
    state.keepAliveTimer = null;
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

// A request arrived: back to the normal idle timeout.
function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  state.keepAliveTimeoutSet = false;
  if (state.keepAliveTimer !== null && !socket[kTimeout] && !server.timeout) {
    // The keep-alive timer stays armed; it ignores its expiry now.
    socket.timeout = 0;
    return;
  }
  socket.setTimeout(server.timeout || 0);
}

// The Host header, looked up in the raw headers (no `headers` object).
function hasHostHeader(req) {
  const raw = req.rawHeaders;
  const n = req[kHeadersCount];
  for (let i = 0; i < n; i += 2) {
    const name = raw[i];
    if (name.length === 4 && (name === 'Host' || name === 'host' || name.toLowerCase() === 'host')) {
      return true;
    }
  }
  return false;
}

// The Expect header's value, or undefined (joined as `headers` joins it).
function expectHeader(req) {
  const raw = req.rawHeaders;
  const n = req[kHeadersCount];
  for (let i = 0; i < n; i += 2) {
    const name = raw[i];
    if (name.length === 6 && name.toLowerCase() === 'expect') return req.headers.expect;
  }
  return undefined;
}

// The parser finished a request's headers. The return value tells it how
// to go on (see parserOnHeadersComplete in _http_common).
function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // A client that sends requests without reading the responses is not read
  // from until it catches up.
  const ws = socket._writableState;
  // The socket's writableHighWaterMark, without the getter.
  const hwm = ws !== undefined ? ws.highWaterMark : socket.writableHighWaterMark;
  if (!socket._paused) {
    if ((ws !== undefined && ws.needDrain) || state.outgoingData >= hwm) {
      socket._paused = true;
      // The parser pauses after this execute(): the current chunk may still
      // hold the rest of this message.
      socket.pause();
    }
  }

  let resOptions = state.resOptions;
  if (resOptions === null ||
      resOptions.highWaterMark !== hwm ||
      resOptions.rejectNonStandardBodyWrites !== server.rejectNonStandardBodyWrites) {
    resOptions = state.resOptions = {
      highWaterMark: hwm,
      rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
    };
  }
  const res = new server[kServerResponse](req, resOptions);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData;
  res[kConnState] = state;

  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) {
    // An earlier response still writes: this one waits its turn.
    state.outgoing.push(res);
  } else {
    assignConnSocket(res, socket);
  }

  res.on('finish', resOnFinish);

  let handled = false;

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 7230 section 5.4: an HTTP/1.1 request without Host gets a 400.
    if (server.requireHostHeader && !hasHostHeader(req)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }

    const isRequestsLimitSet =
      typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }

    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else {
      const expect = expectHeader(req);
      if (expect !== undefined) {
        handled = true;
        if (continueExpression.test(expect)) {
          res._expect_continue = true;
          if (server.listenerCount('checkContinue') > 0) {
            server.emit('checkContinue', req, res);
          } else {
            res.writeContinue();
            server.emit('request', req, res);
          }
        } else if (server.listenerCount('checkExpectation') > 0) {
          server.emit('checkExpectation', req, res);
        } else {
          res.writeHead(417);
          res.end();
        }
      }
    }
  }

  if (!handled) server.emit('request', req, res);
  return 0;
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnections,
  httpServerPreClose,
};
