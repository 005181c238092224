// eddy: TLSSocket, tls.connect, tls.Server and https.Server (node's
// lib/_tls_wrap.js and lib/https.js server side).
//
// A TLSSocket is a net.Socket without a handle of its own: it sits on a
// transport stream (`_parent`, normally a net.Socket it made or was given)
// and a TLSWrap of the `tls_wrap` binding (an OpenSSL SSL object over memory
// BIOs). Ciphertext read from the transport goes into the TLSWrap
// (receive); the TLSWrap's answer says what happened (handshake finished,
// plaintext ready, ciphertext to send, peer closed, failure) and the socket
// acts on it. Writes are encrypted (write) and the ciphertext written to the
// transport; writes made before the handshake finished wait for it (and for
// the certificate check).
'use strict';

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_SOCKET_CLOSED,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_SNI_FROM_SERVER,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateInt32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const common = require('internal/tls/common');
const { kTimeout } = require('internal/timers');

const kSSL = Symbol('ssl');
const kPendingWrites = Symbol('pendingWrites');
const kPendingFinal = Symbol('pendingFinal');
const kConnectOptions = Symbol('connectOptions');
const kEnded = Symbol('ended');
const kRawPaused = Symbol('rawPaused');
const kStarted = Symbol('started');
const kIsServer = Symbol('isServer');
const kServer = Symbol('server');

let bits;
function statusBits() {
  if (bits === undefined) {
    const b = common.binding();
    bits = {
      done: b.kHandshakeDone,
      closed: b.kPeerClosed,
      failed: b.kFailed,
      output: b.kHasOutput,
      plain: b.kHasPlain,
      sni: b.kSNIPending,
      session: b.kNewSession,
      keylog: b.kHasKeylog,
    };
  }
  return bits;
}

let lazyX509;
function X509Certificate() {
  lazyX509 ??= require('internal/crypto/x509_cert').X509Certificate;
  return lazyX509;
}

function connResetError(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

// --- TLSSocket ----------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'TLSSocket', this);
  }
  const tlsOptions = { ...opts };

  let context = tlsOptions.secureContext;
  if (context) {
    if (!(context instanceof common.SecureContext)) {
      throw new ERR_TLS_INVALID_CONTEXT('context');
    }
  } else {
    context = common.createSecureContext(tlsOptions);
  }

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;

  net.Socket.call(this, {
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    highWaterMark: tlsOptions.highWaterMark,
  });

  this[kIsServer] = Boolean(tlsOptions.isServer);
  this[kServer] = tlsOptions.server || null;
  this[kPendingWrites] = [];
  this[kPendingFinal] = null;
  this[kEnded] = false;
  this[kRawPaused] = false;
  this[kStarted] = false;
  this[kConnectOptions] = null;
  this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;

  const ssl = new (common.binding().TLSWrap)(context.context, this[kIsServer]);
  this[kSSL] = ssl;
  if (tlsOptions.ALPNProtocols && !this[kIsServer]) {
    const out = {};
    common.convertALPNProtocols(tlsOptions.ALPNProtocols, out);
    if (out.ALPNProtocols) ssl.setALPNProtocols(out.ALPNProtocols);
  }

  if (this[kIsServer]) setupServerSocket(this, tlsOptions);
  // 'keylog' lines are collected once someone listens.
  this.on('newListener', onNewListener);

  const raw = socket || new net.Socket({ allowHalfOpen: true });
  attachTransport(this, raw);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function onNewListener(event) {
  if (event === 'keylog' && this[kSSL] !== null) {
    this[kSSL].enableKeylog();
    this.removeListener('newListener', onNewListener);
  }
}

function attachTransport(tls, raw) {
  tls._parent = raw;
  tls.connecting = Boolean(raw.connecting);

  raw.on('data', (chunk) => onRawData(tls, chunk));
  raw.on('end', () => onRawEnd(tls));
  raw.on('error', (err) => {
    if (!tls.destroyed) failSocket(tls, err);
  });
  raw.on('close', () => onRawClose(tls));
  raw.on('connect', () => {
    tls.connecting = false;
    tls.emit('connect');
    tls._start();
  });
  // An already connected transport: start once the caller set SNI/session.
  if (!tls.connecting && (raw.readyState === undefined || raw.readyState === 'open')) {
    process.nextTick(() => tls._start());
  }
}

function onRawData(tls, chunk) {
  const ssl = tls[kSSL];
  if (ssl === null || tls.destroyed) return;
  tls._unrefTimer();
  if (typeof chunk === 'string') chunk = Buffer.from(chunk);
  handleStatus(tls, ssl.receive(chunk));
}

function onRawEnd(tls) {
  if (tls.destroyed) return;
  if (!tls._secureEstablished) {
    handshakeEndedEarly(tls);
    return;
  }
  endReadable(tls);
}

function onRawClose(tls) {
  if (tls.destroyed) return;
  if (!tls._secureEstablished) {
    handshakeEndedEarly(tls);
    return;
  }
  endReadable(tls);
  // Nothing more can be written. Close once the reader saw 'end' (or, with
  // nothing left to read, after the 'end' already scheduled).
  if (tls.readableEnded) {
    tls.destroy();
  } else if (tls.readableLength === 0) {
    setImmediate(() => {
      if (!tls.destroyed) tls.destroy();
    });
  } else {
    tls.once('end', () => tls.destroy());
  }
}

function handshakeEndedEarly(tls) {
  if (tls._hadError) return;
  tls._hadError = true;
  const err = connResetError(tls[kIsServer] ? 'socket hang up' :
    'Client network socket disconnected before secure TLS connection was established');
  if (!tls[kIsServer]) {
    const options = tls[kConnectOptions] || {};
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
  }
  failSocket(tls, err);
}

function endReadable(tls) {
  if (tls[kEnded]) return;
  tls[kEnded] = true;
  tls.push(null);
}

function flushOutput(tls, cb) {
  const ssl = tls[kSSL];
  const out = ssl === null ? null : ssl.takeOutput();
  const raw = tls._parent;
  if (out !== null && raw && !raw.destroyed && raw.writable) {
    raw.write(Buffer.from(out), cb);
    return;
  }
  // Bytes that can no longer go out fail their write.
  if (cb) process.nextTick(cb, out !== null ? new ERR_SOCKET_CLOSED() : undefined);
}

function handleStatus(tls, st) {
  const b = statusBits();
  const ssl = tls[kSSL];
  if (st & b.keylog) {
    for (const line of ssl.takeKeylog()) tls.emit('keylog', Buffer.from(`${line}\n`, 'latin1'));
    if (tls[kSSL] === null) return;
  }
  // A finished handshake is checked before its last flight goes out: a
  // client that rejects the server's certificate sends no Finished.
  if (st & b.done) {
    onHandshakeDone(tls);
    if (tls.destroyed) return;
  }
  if (st & b.output) flushOutput(tls);
  if (st & b.failed) {
    const err = common.fixOpenSSLError(ssl.takeError());
    tls._hadError = true;
    failSocket(tls, err);
    return;
  }
  if (st & b.sni) {
    requestSNIContext(tls);
    return;
  }
  if (st & b.plain) {
    const data = Buffer.from(ssl.takePlain());
    if (!tls.push(data) && tls._parent && !tls[kRawPaused]) {
      tls[kRawPaused] = true;
      tls._parent.pause();
    }
  }
  if (st & b.session && tls.listenerCount('session') > 0) {
    const session = tls.getSession();
    if (session) tls.emit('session', session);
  }
  if (st & b.closed) endReadable(tls);
}

function verifyError(ssl) {
  const v = ssl.verifyError();
  if (v === null) return null;
  const err = new Error(v[1]);
  err.code = v[0];
  return err;
}

function onHandshakeDone(tls) {
  const ssl = tls[kSSL];
  tls._secureEstablished = true;
  tls.alpnProtocol = ssl.getALPN();
  tls.servername = ssl.getServername();
  if (tls[kIsServer]) {
    onServerSecure(tls);
  } else {
    tls.emit('secure');
  }
  if (tls.destroyed) return;
  releasePending(tls);
}

function releasePending(tls) {
  const pending = tls[kPendingWrites];
  tls[kPendingWrites] = [];
  for (const [writev, data, encoding, cb] of pending) {
    tls._writeGeneric(writev, data, encoding, cb);
  }
  const final = tls[kPendingFinal];
  if (final !== null) {
    tls[kPendingFinal] = null;
    tls._final(final);
  }
}

// tls.connect's 'secure' listener: the certificate verdict, then
// 'secureConnect' (or destroy with the verification error).
function onConnectSecure() {
  const options = this[kConnectOptions];
  const ssl = this[kSSL];
  if (ssl === null) return;
  let error = verifyError(ssl);
  const hostname = options.servername || options.host ||
    (options.socket && options.socket._host) || 'localhost';
  if (!error && !ssl.isSessionReused()) {
    if (options.checkServerIdentity === common.checkServerIdentity) {
      // The default check reads the leaf only; the chain is built for the
      // error's `cert` when it fails.
      error = common.checkServerIdentity(hostname, this.getPeerCertificate(false));
      if (error) error.cert = this.getPeerCertificate(true);
    } else {
      error = options.checkServerIdentity(hostname, this.getPeerCertificate(true));
    }
  }
  if (error) {
    this.authorized = false;
    this.authorizationError = error.code || error.message;
    if (options.rejectUnauthorized) {
      this.destroy(error);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this.removeListener('end', onConnectEnd);
  this.emit('secureConnect');
}

function onConnectEnd() {
  if (!this._secureEstablished) handshakeEndedEarly(this);
}

TLSSocket.prototype._start = function _start() {
  if (this[kStarted] || this.destroyed || this[kSSL] === null) return;
  this[kStarted] = true;
  this._unrefTimer();
  if (!this[kIsServer]) handleStatus(this, this[kSSL].cycle());
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  return true;
};

TLSSocket.prototype.connect = function connect(...args) {
  const raw = this._parent;
  this.connecting = true;
  raw.connect(...args);
  return this;
};

TLSSocket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (!this._secureEstablished || this.secureConnecting && !this[kIsServer] &&
      this[kConnectOptions] !== null) {
    this[kPendingWrites].push([writev, data, encoding, cb]);
    return;
  }
  const ssl = this[kSSL];
  if (ssl === null || this.destroyed) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  let st = 0;
  if (writev) {
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      st = ssl.write(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk);
      if (st & statusBits().failed) break;
    }
  } else {
    st = ssl.write(typeof data === 'string' ? Buffer.from(data, encoding) : data);
  }
  this._unrefTimer();
  if (st & statusBits().failed) {
    const err = common.fixOpenSSLError(ssl.takeError());
    cb(err);
    this.destroy(err);
    return;
  }
  flushOutput(this, cb);
};

TLSSocket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

TLSSocket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

TLSSocket.prototype._read = function _read(n) {
  if (this[kRawPaused] && this._parent) {
    this[kRawPaused] = false;
    this._parent.resume();
  }
};

// end(): close_notify, then the transport's write side.
TLSSocket.prototype._final = function _final(cb) {
  if (!this._secureEstablished && !this.destroyed) {
    this[kPendingFinal] = cb;
    return;
  }
  const ssl = this[kSSL];
  const raw = this._parent;
  if (ssl !== null) {
    ssl.shutdown();
    flushOutput(this);
  }
  if (raw && !raw.destroyed && raw.writable) raw.end();
  cb();
};

TLSSocket.prototype._destroy = function _destroy(err, cb) {
  const ssl = this[kSSL];
  if (ssl !== null) {
    this[kSSL] = null;
    ssl.destroy();
  }
  const pending = this[kPendingWrites];
  this[kPendingWrites] = [];
  for (const entry of pending) entry[3](err || new ERR_SOCKET_CLOSED());
  const raw = this._parent;
  if (raw && !raw.destroyed) raw.destroy();
  this.connecting = false;
  clearTimeout(this[kTimeout]);
  cb(err);
  process.nextTick(emitCloseNT, this, Boolean(err));
  const server = this._server;
  if (server) {
    server._connections--;
    if (server._emitCloseIfDrained) server._emitCloseIfDrained();
  }
};

function emitCloseNT(socket, hadError) {
  socket.emit('close', hadError);
}

TLSSocket.prototype._getpeername = function _getpeername() {
  const raw = this._parent;
  return raw && typeof raw._getpeername === 'function' ? raw._getpeername() : {};
};

TLSSocket.prototype._getsockname = function _getsockname() {
  const raw = this._parent;
  return raw && typeof raw._getsockname === 'function' ? raw._getsockname() : {};
};

TLSSocket.prototype.address = function address() {
  const raw = this._parent;
  return raw && typeof raw.address === 'function' ? raw.address() : {};
};

// Bytes on the wire (ciphertext), from the transport.
for (const name of ['bytesRead', 'bytesWritten']) {
  Object.defineProperty(TLSSocket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const raw = this._parent;
      return raw ? raw[name] : 0;
    },
  });
}

for (const name of ['setNoDelay', 'setKeepAlive', 'ref', 'unref']) {
  TLSSocket.prototype[name] = function(...args) {
    const raw = this._parent;
    if (raw && typeof raw[name] === 'function') raw[name](...args);
    return this;
  };
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  const ssl = this[kSSL];
  if (ssl === null) return null;
  const ders = ssl.peerCertificates();
  if (ders.length === 0) return {};
  const X509 = X509Certificate();
  const x509s = [];
  const objs = [];
  for (let i = 0; i < (detailed ? ders.length : 1); i++) {
    const x = new X509(Buffer.from(ders[i]));
    x509s.push(x);
    objs.push(x.toLegacyObject());
  }
  if (detailed) {
    for (let i = 0; i < objs.length; i++) {
      if (i + 1 < objs.length) objs[i].issuerCertificate = objs[i + 1];
      else if (x509s[i].checkIssued(x509s[i])) objs[i].issuerCertificate = objs[i];
    }
  }
  return objs[0];
};

TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  const ssl = this[kSSL];
  if (ssl === null) return undefined;
  const ders = ssl.peerCertificates();
  if (ders.length === 0) return undefined;
  return new (X509Certificate())(Buffer.from(ders[0]));
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  const ssl = this[kSSL];
  return ssl === null ? null : ssl.getProtocol();
};

TLSSocket.prototype.getCipher = function getCipher() {
  const ssl = this[kSSL];
  if (ssl === null) return null;
  const c = ssl.getCipher();
  if (c === null) return undefined;
  return { name: c[0], standardName: c[1], version: c[2] };
};

TLSSocket.prototype.getSession = function getSession() {
  const ssl = this[kSSL];
  if (ssl === null) return null;
  const s = ssl.getSession();
  return s === undefined ? undefined : Buffer.from(s);
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  const ssl = this[kSSL];
  return ssl === null ? null : ssl.isSessionReused();
};

TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (!isArrayBufferView(session)) {
    throw new ERR_INVALID_ARG_TYPE('session', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                   session);
  }
  const ssl = this[kSSL];
  if (ssl !== null) ssl.setSession(session);
};

TLSSocket.prototype.setServername = function setServername(name) {
  validateString(name, 'name');
  if (this[kIsServer]) throw new ERR_TLS_SNI_FROM_SERVER();
  const ssl = this[kSSL];
  if (ssl !== null) ssl.setServername(name);
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  const ssl = this[kSSL];
  if (ssl === null) return null;
  const der = ssl.ownCertificate();
  if (der === null) return {};
  return new (X509Certificate())(Buffer.from(der)).toLegacyObject();
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  const ssl = this[kSSL];
  const der = ssl === null ? null : ssl.ownCertificate();
  return der === null ? undefined : new (X509Certificate())(Buffer.from(der));
};

for (const name of ['getFinished', 'getPeerFinished',
  'getTLSTicket', 'getEphemeralKeyInfo', 'getSharedSigalgs', 'exportKeyingMaterial',
  'setMaxSendFragment', 'renegotiate', 'disableRenegotiation', 'enableTrace']) {
  TLSSocket.prototype[name] = function() {
    throw new ERR_NOT_IMPLEMENTED(`tlsSocket.${name}`);
  };
}

// --- tls.connect ------------------------------------------------------------------

// [options, cb] from (options[, cb]), (port[, host][, options][, cb]) or
// (path[, options][, cb]); a host argument wins over none, options.host over
// both.
function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = { ...args[0] };
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return [options, cb];
}

let warnedInsecure = false;
let warnedIPServername = false;

function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allowUnauthorized && !warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning(
      'Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' makes TLS ' +
      'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  const tls = require('tls');
  const options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...opts,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  for (const name of ['pskCallback', 'requestOCSP', 'enableTrace']) {
    if (options[name]) throw new ERR_NOT_IMPLEMENTED(`tls.connect({ ${name} })`);
  }
  if (options.timeout !== undefined) validateInt32(options.timeout, 'options.timeout', 0);
  if (options.socket !== undefined && options.socket !== null &&
      (typeof options.socket !== 'object' || typeof options.socket.on !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.socket', 'stream.Duplex', options.socket);
  }

  const context = options.secureContext || common.createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    const rawOptions = { ...options };
    delete rawOptions.timeout;
    tlssock.connect(rawOptions);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    if (!warnedIPServername && net.isIP(options.servername)) {
      warnedIPServername = true;
      process.emitWarning(
        'Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
        'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

// --- servers -----------------------------------------------------------------------

// A failure before the handshake finished: a server reports it as
// 'tlsClientError' (the socket is destroyed quietly), a client as 'error'.
function failSocket(tls, err) {
  const server = tls[kServer];
  if (tls[kIsServer] && server && !tls._secureEstablished) {
    tls._hadError = true;
    tls.destroy();
    server.emit('tlsClientError', err, tls);
    return;
  }
  tls.destroy(err);
}

function onServerSecure(tls) {
  const ssl = tls[kSSL];
  if (tls._requestCert) {
    const err = verifyError(ssl);
    if (err) {
      tls.authorizationError = err.code;
      if (tls._rejectUnauthorized) {
        tls.destroy();
        return;
      }
    } else {
      tls.authorized = true;
    }
  }
  tls.emit('secure');
  if (!tls.destroyed && tls._releaseControl()) {
    tls.secureConnecting = false;
    if (tls[kServer]) tls[kServer].emit('secureConnection', tls);
  }
}

// The server's SNICallback asked for a context: resume with it.
function requestSNIContext(tls) {
  const ssl = tls[kSSL];
  const servername = ssl.sniName();
  let called = false;
  tls._SNICallback(servername, (err, context) => {
    if (called || tls.destroyed || tls[kSSL] === null) return;
    called = true;
    if (err) {
      failSocket(tls, err);
      return;
    }
    if (context && !(context instanceof common.SecureContext)) {
      failSocket(tls, new ERR_TLS_INVALID_CONTEXT('context'));
      return;
    }
    ssl.setContext(context ? context.context : undefined);
    handleStatus(tls, ssl.cycle());
  });
}

// The default SNICallback: the last addContext() entry matching the name,
// else the server's own context.
function defaultSNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

function setupServerSocket(tls, options) {
  const ssl = tls[kSSL];
  tls._requestCert = Boolean(options.requestCert);
  ssl.setVerifyMode(tls._requestCert, tls._rejectUnauthorized);
  if (options.ALPNProtocols) {
    const out = {};
    common.convertALPNProtocols(options.ALPNProtocols, out);
    if (out.ALPNProtocols) ssl.setALPNServer(out.ALPNProtocols);
  }
  const server = options.server;
  if (options.SNICallback || (server && server._contexts.length > 0)) {
    tls._SNICallback = (options.SNICallback || defaultSNICallback).bind(tls);
    ssl.enableSNICallback();
  }
  if (server) tls.server = server;
}

function tlsConnectionListener(raw) {
  const socket = new TLSSocket(raw, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback],
  });
  if (this.listenerCount('keylog') > 0) {
    socket.on('keylog', (line) => this.emit('keylog', line, socket));
  }
  if (this.handshakeTimeout > 0) {
    const timer = setTimeout(() => {
      if (!socket._secureEstablished && !socket.destroyed) {
        failSocket(socket, new ERR_TLS_HANDSHAKE_TIMEOUT());
      }
    }, this.handshakeTimeout);
    const clear = () => clearTimeout(timer);
    socket.once('secure', clear);
    socket.once('close', clear);
  }
}

const kSNICallback = Symbol('snicallback');

const kContextOptions = ['key', 'cert', 'ca', 'passphrase', 'ciphers', 'ecdhCurve',
  'minVersion', 'maxVersion', 'secureProtocol', 'secureOptions', 'pfx', 'crl', 'sigalgs',
  'privateKeyEngine', 'privateKeyIdentifier', 'clientCertEngine', 'dhparam',
  'honorCipherOrder', 'sessionIdContext', 'ticketKeys', 'sessionTimeout'];

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }

  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols) {
    const out = {};
    common.convertALPNProtocols(options.ALPNProtocols, out);
    this.ALPNProtocols = out.ALPNProtocols;
  }
  if (options.ALPNCallback !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('tls.createServer({ ALPNCallback })');
  }
  if (options.pskCallback !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('tls.createServer({ pskCallback })');
  }
  const sni = options.SNICallback;
  if (sni !== undefined && sni !== null) validateFunction(sni, 'options.SNICallback');
  this[kSNICallback] = sni || null;
  const timeout = options.handshakeTimeout ?? 120000;
  validateNumber(timeout, 'options.handshakeTimeout');
  this.handshakeTimeout = timeout;
  this.setSecureContext(options);

  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  const contextOptions = {};
  for (const key of kContextOptions) {
    if (options[key] !== undefined) contextOptions[key] = options[key];
  }
  this._sharedCreds = common.createSecureContext(contextOptions);
  // Kept as node keeps them (getters of the options in use).
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.ciphers = options.ciphers;
  this.passphrase = options.passphrase;
  this.minVersion = options.minVersion;
  this.maxVersion = options.maxVersion;
};

Server.prototype.addContext = function addContext(servername, context) {
  validateString(servername, 'servername');
  const escaped = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*');
  const re = new RegExp(`^${escaped}$`, 'i');
  const secure = context instanceof common.SecureContext ?
    context : common.createSecureContext(context);
  this._contexts.push([re, secure]);
};

Server.prototype._getServerData = function _getServerData() {
  throw new ERR_NOT_IMPLEMENTED('tlsServer._getServerData');
};
for (const name of ['getTicketKeys', 'setTicketKeys']) {
  Server.prototype[name] = function() {
    throw new ERR_NOT_IMPLEMENTED(`tlsServer.${name}`);
  };
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// --- https.Server ------------------------------------------------------------------------

function HttpsServer(opts, requestListener) {
  if (!(this instanceof HttpsServer)) return new HttpsServer(opts, requestListener);
  const http = require('_http_server');
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  http.storeHTTPOptions.call(this, opts);
  Server.call(this, { noDelay: true, ALPNProtocols: ['http/1.1'], ...opts },
              http._connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.on('listening', http.setupConnectionsTracking);
}
Object.setPrototypeOf(HttpsServer.prototype, Server.prototype);
Object.setPrototypeOf(HttpsServer, Server);

{
  const { Server: HttpServer } = require('_http_server');
  for (const method of ['closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
    HttpsServer.prototype[method] = HttpServer.prototype[method];
  }
}

HttpsServer.prototype.close = function close(...args) {
  require('_http_server').httpServerPreClose(this);
  Reflect.apply(Server.prototype.close, this, args);
  return this;
};

function createHttpsServer(opts, requestListener) {
  return new HttpsServer(opts, requestListener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  HttpsServer,
  createHttpsServer,
};
