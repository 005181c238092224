// eddy: process.stdout, process.stderr and process.stdin. Writes are
// synchronous through the fs binding (node's SyncWriteStream path for files;
// for TTYs and pipes node uses libuv streams, which arrive with the tty/net
// issue and will replace the writer below). Synchronous writes mean nothing is
// lost at exit. Reading stdin as a stream is not built yet and says so.
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED, ERR_STREAM_DESTROYED },
  uvException,
} = require('internal/errors');

const fsBinding = internalBinding('fs');
const kTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe', UDP: 'pipe', UNKNOWN: 'fs' };

// Color depth of a terminal from the environment (node's
// lib/internal/tty.js getColorDepth, simplified to the common cases).
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.TMUX) return 24;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS',
      'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'].some((k) => k in env) ||
        env.CI_NAME === 'codeship') {
      return 8;
    }
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM) || /-256(color)?$/i.test(env.TERM)) return 8;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|konsole|tmux)/i.test(env.TERM)) {
      return 4;
    }
  }
  if (env.COLORTERM) return 4;
  return 1;
}

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = kTypes[fsBinding.guessHandleType(fd)] || 'fs';
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this._broken = false;
    if (this._type === 'tty') this.isTTY = true;
  }

  get columns() { return this.isTTY ? (+process.env.COLUMNS || 80) : undefined; }
  get rows() { return this.isTTY ? (+process.env.LINES || 24) : undefined; }

  getColorDepth(env) { return getColorDepth(env); }
  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** getColorDepth(env);
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.destroyed || this.writableEnded) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    let r;
    if (typeof chunk === 'string') {
      if (!this._broken) r = fsBinding.writeString(this.fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      if (!this._broken) r = fsBinding.writeBuffer(this.fd, chunk);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof r === 'number' && r < 0) {
      const err = uvException({ errno: r, syscall: 'write' });
      if (err.code === 'EPIPE') {
        // The reader went away: stop writing, as node does for stdout.
        this._broken = true;
      } else {
        process.nextTick(() => this.emit('error', err));
      }
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked > 0) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroySoon() { this.end(); }
  destroy(err) {
    // Like node, the standard streams stay usable for the process' own output.
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }
  _destroy(err, cb) { cb(err); }
}

class StdinReader extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    const type = fsBinding.guessHandleType(0);
    if (type === 'TTY') this.isTTY = true;
    this.readable = true;
  }
  _notBuilt(what) { throw new ERR_NOT_IMPLEMENTED(`process.stdin.${what}`); }
  on(event, listener) {
    if (event === 'data' || event === 'readable' || event === 'end') this._notBuilt(`on('${event}')`);
    return super.on(event, listener);
  }
  read() { this._notBuilt('read()'); }
  pipe() { this._notBuilt('pipe()'); }
  resume() { this._notBuilt('resume()'); }
  setEncoding() { this._notBuilt('setEncoding()'); }
  [Symbol.asyncIterator]() { this._notBuilt('[Symbol.asyncIterator]()'); }
  pause() { return this; }
  setRawMode() { this._notBuilt('setRawMode()'); }
}
StdinReader.prototype.addListener = StdinReader.prototype.on;

let stdout, stderr, stdin;

module.exports = {
  getStdout() { return stdout || (stdout = new StdioWriter(1)); },
  getStderr() { return stderr || (stderr = new StdioWriter(2)); },
  getStdin() { return stdin || (stdin = new StdinReader()); },
  getColorDepth,
};
