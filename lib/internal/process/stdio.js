// eddy: process.stdout, process.stderr and process.stdin, created on first
// use over whatever the descriptor is (node's getStdout/getStdin):
// - a terminal: tty.WriteStream / tty.ReadStream (uv_tty; writes blocking);
// - a pipe or socket: net.Socket over a uv_pipe/uv_tcp handle (writes
//   asynchronous with back-pressure; Runtime::Exit flushes what is still
//   queued when process.exit() or a fatal error ends the process early);
// - a file: SyncWriteStream (synchronous writes) / fs.ReadStream.
// The standard output streams cannot really be destroyed: destroy() reports
// the error and leaves them usable. EPIPE on stdout or stderr (the reader went
// away, as in `eddy app.js | head -1`) with no 'error' listener of the
// program's own ends the process quietly.
'use strict';

const { getColorDepth } = require('internal/tty');

const { guessHandleType } = internalBinding('fs');

function dummyDestroy(err, cb) {
  if (err && err.code === 'EPIPE') {
    // Decided a tick later: console.log holds a temporary listener while it
    // writes, which is not the program's own.
    process.nextTick(() => {
      if (this.listenerCount('error') === 0) process.exit();
      else finishDummyDestroy(this, err, cb);
    });
    return;
  }
  finishDummyDestroy(this, err, cb);
}

function finishDummyDestroy(stream, err, cb) {
  cb(err);
  stream._undestroy();
  if (!stream._writableState.emitClose) {
    process.nextTick(() => stream.emit('close'));
  }
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // No usable descriptor (closed, or a kind libuv cannot wrap): output
      // goes nowhere, as in node.
      const { Writable } = require('stream');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

function getStdin() {
  const fd = 0;
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stdin = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
      // stdin cannot be end()ed.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  // stdin starts paused: it does not read (nor keep the process alive) until
  // the program asks for data.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // After pause(), stop reading once the stream has settled (a tick later),
  // so the process can exit.
  stdin.on('pause', () => process.nextTick(() => {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }));
  return stdin;
}

// What the global console writes to while the program has not touched
// process.stdout/stderr: a synchronous writer on the descriptor, so that
// console.log does not load the stream, net and tty modules at start-up.
// Once the program asks for the real stream, the console uses it; nothing
// written before is still queued, so the order of output is kept. Writes
// behave as node's console's do: errors are ignored, except that EPIPE ends
// the process quietly, as it does for the real stream.
class ConsoleWriter {
  constructor(fd) {
    this.fd = fd;
    this.isTTY = guessHandleType(fd) === 'TTY';
  }

  write(chunk) {
    const fsBinding = internalBinding('fs');
    const r = typeof chunk === 'string' ?
      fsBinding.writeString(this.fd, chunk) : fsBinding.writeBuffer(this.fd, chunk);
    if (r === kEPIPE) process.exit();
    return true;
  }

  getColorDepth(env) { return getColorDepth(env); }
}
const kEPIPE = -32;
const consoleWriters = [];

let stdout, stderr, stdin;

function consoleStream(fd) {
  const real = fd === 1 ? stdout : stderr;
  return real || consoleWriters[fd] || (consoleWriters[fd] = new ConsoleWriter(fd));
}

module.exports = {
  getStdout() {
    if (stdout) return stdout;
    stdout = createWritableStdioStream(1);
    if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
    return stdout;
  },
  getStderr() {
    if (stderr) return stderr;
    stderr = createWritableStdioStream(2);
    if (stderr.isTTY) process.on('SIGWINCH', () => stderr._refreshSize());
    return stderr;
  },
  getStdin() { return stdin || (stdin = getStdin()); },
  getColorDepth,
  consoleStream,
  isTTY(fd) { return guessHandleType(fd) === 'TTY'; },
};
