// eddy: ChildProcess and the IPC channel (node's lib/internal/child_process.js).
// A ChildProcess owns a process_wrap `Process` handle; its stdio pipes are
// pipe_wrap `Pipe` handles wrapped in net.Sockets. 'exit' comes from the
// handle's onexit; 'close' waits for 'exit' and for every stdio stream (and
// the IPC channel) to close. setupChannel turns a Pipe opened in IPC mode
// into send()/'message'/disconnect() on either side of a fork().
'use strict';

const EventEmitter = require('events');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');

const { Process } = internalBinding('process_wrap');
const {
  UV_EACCES, UV_EAGAIN, UV_EINVAL, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ENOSYS, UV_ESRCH,
} = internalBinding('uv');
const { signals } = internalBinding('constants').os;

// The stream layer is loaded when a pipe is first needed: a program that
// only inherits stdio never pays for net.
let pipeWrap;
let net;
function lazyPipeWrap() {
  if (pipeWrap === undefined) pipeWrap = internalBinding('pipe_wrap');
  return pipeWrap;
}
function lazyNet() {
  if (net === undefined) net = require('net');
  return net;
}

// The kinds of handle node can pass over IPC: net sockets and servers and
// the TCP/Pipe handles under them (dgram is not built, so it has none).
function isSendableHandle(handle) {
  if (typeof handle !== 'object' || handle === null) return false;
  const { Socket, Server } = lazyNet();
  if (handle instanceof Socket || handle instanceof Server) return true;
  const { TCP } = internalBinding('tcp_wrap');
  return handle instanceof TCP || handle instanceof lazyPipeWrap().Pipe;
}

const kChannelHandle = Symbol('kChannelHandle');
const kOwner = Symbol('kOwner');
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
const kPendingMessages = Symbol('kPendingMessages');

let signalNames;
// Node's convertToValidSignal: a known number, or a name in any case.
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    if (signalNames === undefined) {
      signalNames = new Set();
      for (const name of Object.keys(signals)) signalNames.add(signals[name]);
    }
    if (signalNames.has(signal)) return signal;
  } else if (typeof signal === 'string') {
    const num = signals[signal.toUpperCase()];
    if (num) return num;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// --- ChildProcess ------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle.onexit = onexit;
  this._handle[kOwner] = this;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

// Runs with `this` = the Process handle. Normal exits set exitCode, deaths by
// signal set signalCode; a negative exitCode is a spawn failure (an 'error').
function onexit(exitCode, signalCode) {
  const child = this[kOwner];
  if (signalCode) {
    child.signalCode = signalCode;
  } else {
    child.exitCode = exitCode;
  }
  if (child.stdin) child.stdin.destroy();
  this.close();
  child._handle = null;
  if (exitCode < 0) {
    const syscall = child.spawnfile ? 'spawn ' + child.spawnfile : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Streams nobody reads are drained so they can end and 'close' can come;
  // on the next tick, so the user may still start reading after 'exit'.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedAsStdio]) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

function onErrorNT(child, err) {
  child._handle.onexit(err, '');
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function onStdioClose() {
  maybeClose(this[kOwner]);
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  let stdio = getValidStdio(options.stdio || 'pipe', false);
  const { ipc, ipcFd } = stdio;
  stdio = options.stdio = stdio.stdio;

  validateOneOf(options.serialization, 'options.serialization',
                [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';

  if (ipc !== undefined) {
    if (options.envPairs === undefined) {
      options.envPairs = envPairsOf(process.env);
    } else {
      validateArray(options.envPairs, 'options.envPairs');
    }
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);

  // Failures of the system to run the file are 'error' events; bad
  // arguments throw.
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
      err === UV_ENFILE || err === UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    for (let i = 0; i < stdio.length; i++) {
      const s = stdio[i];
      if (s.type === 'pipe' && s.handle) s.handle.close();
    }
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    if (s.type === 'ignore') continue;
    if (s.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (s.type === 'wrap') {
      // The parent's stream was handed to the child: stop reading it here.
      s.handle.reading = false;
      s.handle.readStop();
      s._stdio.pause();
      s._stdio.readableFlowing = false;
      if (s._stdio._readableState) s._stdio._readableState.reading = false;
      s._stdio[kIsUsedAsStdio] = true;
      continue;
    }
    if (s.handle) {
      s.socket = createSocket(this.pid !== 0 ? s.handle : null, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        s.socket[kOwner] = this;
        s.socket.on('close', onStdioClose);
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  }

  if (ipc !== undefined) setupChannel(this, ipc, serialization);
  return err;
};

function createSocket(pipe, readable) {
  return lazyNet().Socket({ handle: pipe, readable });
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig :
    convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

if (Symbol.dispose) {
  ChildProcess.prototype[Symbol.dispose] = function() {
    if (!this.killed) this.kill();
  };
}

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

// `for...in`, as node does: inherited enumerable keys count too.
function envPairsOf(env) {
  const pairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) pairs.push(`${key}=${value}`);
  }
  return pairs;
}

// --- stdio ------------------------------------------------------------------------

function getHandleWrapType(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  const pw = lazyPipeWrapIfLoaded();
  if (pw && stream instanceof pw.Pipe) return 'pipe';
  const tcp = bindingIfLoaded('tcp_wrap');
  if (tcp && stream instanceof tcp.TCP) return 'tcp';
  const tty = bindingIfLoaded('tty_wrap');
  if (tty && stream instanceof tty.TTY) return 'tty';
  return false;
}

// Stream handles exist only once their binding was loaded; nothing needs
// loading just to learn that an object is not one of them.
function lazyPipeWrapIfLoaded() {
  return bindingIfLoaded('pipe_wrap');
}
function bindingIfLoaded(name) {
  try {
    return internalBinding(name);
  } catch {
    return undefined;
  }
}

// node's getValidStdio: the user's stdio option as the binding's list of
// {type, ...} entries (pipes get a fresh Pipe handle unless `sync`).
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);

  const acc = [];
  const cleanup = () => {
    for (let j = 0; j < acc.length; j++) {
      if ((acc[j].type === 'pipe' || acc[j].type === 'ipc') && acc[j].handle) {
        acc[j].handle.close();
      }
    }
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const a = {
        type: s === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      };
      if (!sync) {
        const { Pipe, constants } = lazyPipeWrap();
        a.handle = new Pipe(constants.SOCKET);
      }
      acc.push(a);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      const { Pipe, constants } = lazyPipeWrap();
      ipc = new Pipe(constants.IPC);
      ipcFd = i;
      acc.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (getHandleWrapType(s) || getHandleWrapType(s.handle) ||
               getHandleWrapType(s._handle)) {
      const handle = getHandleWrapType(s) ? s :
        getHandleWrapType(s.handle) ? s.handle : s._handle;
      acc.push({ type: 'wrap', wrapType: getHandleWrapType(handle), handle, _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        const { inspect } = require('internal/util/inspect');
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(s));
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: acc, ipc, ipcFd };
}

// --- spawnSync -----------------------------------------------------------------------

let spawnSyncBinding;
let Buffer;
function spawnSync(options) {
  if (spawnSyncBinding === undefined) {
    spawnSyncBinding = internalBinding('spawn_sync');
    Buffer = require('buffer').Buffer;
  }
  const result = spawnSyncBinding.spawn(options);
  const output = result.output;
  if (output) {
    const encoding = options.encoding && options.encoding !== 'buffer' ?
      options.encoding : undefined;
    for (let i = 0; i < output.length; i++) {
      if (!output[i]) continue;
      const buf = Buffer.from(output[i]);
      output[i] = encoding ? buf.toString(encoding) : buf;
    }
  }
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  if (result.error) {
    result.error = errnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

// --- the IPC channel ---------------------------------------------------------------

// The handle-passing half of node's channel (send(msg, handle)) is not built.
const kHandleNotBuilt = 'child_process IPC sendHandle (passing sockets and servers)';

class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  // Counted references track the 'message'/'disconnect' listeners of a
  // forked child's process object and in-flight writes; an explicit
  // ref()/unref() by the user wins over them.
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

let serialization;

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    get() { return target.channel; },
    set(val) { target.channel = val; },
    configurable: true,
    enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  if (serialization === undefined) serialization = require('internal/child_process/serialization');
  const { initMessageChannel, parseChannelMessages, writeChannelMessage } =
    serialization[serializationMode];
  initMessageChannel(channel);

  const stream = serialization;
  stream.startReading(channel, function onChannelData(chunk) {
    if (chunk !== null) {
      for (const message of parseChannelMessages(channel, chunk)) {
        handleMessage(message, isInternal(message));
      }
      return;
    }
    // The other side went away.
    channel.buffering = false;
    target.disconnect();
    stream.stopReading(channel);
    channel.close();
    target.channel = null;
    maybeClose(target);
  });

  target.on('internalMessage', function onInternalMessage(message) {
    if (message.cmd === 'NODE_HANDLE') {
      // The other side sent a handle, which this channel cannot take.
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
    }
  });

  target.on('newListener', function onNewListener() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) target.emit.apply(target, messages[i]);
      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) {
      // What node could send (sockets, servers and their native handles)
      // is not built; anything else is node's ERR_INVALID_HANDLE_TYPE.
      if (!isSendableHandle(handle)) throw new ERR_INVALID_HANDLE_TYPE();
      throw new ERR_NOT_IMPLEMENTED(kHandleNotBuilt);
    }

    const r = writeChannelMessage(channel, message, (status) => {
      control.unrefCounted();
      if (status < 0) {
        onWriteError(this, status, options, callback);
      } else if (typeof callback === 'function') {
        callback(null);
      }
    });
    if (r === 1) {
      // In flight: the channel keeps the process alive until it is written.
      control.refCounted();
    } else if (r === 0) {
      if (typeof callback === 'function') process.nextTick(callback, null);
    } else {
      onWriteError(this, r, options, callback, true);
    }
    // Tell the caller to slow down when the other side is far behind.
    return stream.writeQueueSize(channel) < 65536 * 2;
  };

  function onWriteError(self, err, options, callback, deferred) {
    if (options.swallowErrors) return;
    const ex = errnoException(err, 'write');
    if (typeof callback === 'function') {
      if (deferred) process.nextTick(callback, ex);
      else callback(ex);
    } else if (deferred) {
      process.nextTick(() => self.emit('error', ex));
    } else {
      self.emit('error', ex);
    }
  }

  // connected turns false as soon as disconnect() is asked for; channel
  // becomes null once the channel is really gone.
  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      stream.stopReading(channel);
      channel.close();
      target.emit('disconnect');
    }
    // A message half read is delivered first.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message);
      return;
    }
    target.channel[kPendingMessages].push([event, message]);
  }

  function handleMessage(message, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message);
  }

  return control;
}

const INTERNAL_PREFIX = 'NODE_';
function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.length > INTERNAL_PREFIX.length &&
    message.cmd.startsWith(INTERNAL_PREFIX);
}

// In a child started by fork(): the parent's channel is the inherited fd in
// NODE_CHANNEL_FD. It keeps the child alive only while someone listens for
// 'message' or 'disconnect' (or a send is in flight), as in node.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  forkChild(fd, mode === 'advanced' ? 'advanced' : 'json');
}

function forkChild(fd, mode) {
  const { Pipe, constants } = lazyPipeWrap();
  const p = new Pipe(constants.IPC);
  p.open(fd);
  p.unref();
  const control = setupChannel(process, p, mode);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  forkChild,
  getValidStdio,
  kChannelHandle,
  setupChannel,
  setupChildChannel,
  spawnSync,
  stdioStringToArray,
};
