// eddy: fs.watch's FSWatcher and fs.watchFile's StatWatcher (node's
// lib/internal/fs/watchers.js surface), on the binding's FSEvent (inotify)
// and StatWatcher (stat polling) handles. On Linux inotify watches one
// directory, so a recursive watch keeps one FSEvent per directory of the
// tree (adding them as directories appear) and reports names relative to
// the root, as node's own recursive watcher for Linux does.
'use strict';

const binding = internalBinding('fs');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  uvException,
} = require('internal/errors');
const {
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');

const { ENOSPC } = internalBinding('constants').os.errno;
const UV_ENOSPC = -ENOSPC;

const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kStatFields = 18;

function watchError(errno, filename) {
  const error = uvException({
    errno,
    syscall: 'watch',
    path: filename,
    message: errno === UV_ENOSPC ? 'inotify limit reached' : undefined,
  });
  error.filename = filename;
  return error;
}

// --- StatWatcher -------------------------------------------------------------------

function StatWatcher(bigint) {
  Reflect.apply(EventEmitter, this, []);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle) return;
  this._handle = new binding.StatWatcher(this[kUseBigint]);
  this._handle.onchange = (newStatus, stats) => {
    // A failure repeating itself with nothing changed is not news.
    if (this[kOldStatus] === -1 && newStatus === -1 && stats[2] === stats[kStatFields + 2]) return;
    this[kOldStatus] = newStatus;
    this.emit('change', getStatsFromBinding(stats, 0),
              getStatsFromBinding(stats, kStatFields));
  };
  const err = this._handle.start(filename, persistent, interval);
  if (err) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
};

StatWatcher.prototype.start = function() {};

StatWatcher.prototype.stop = function() {
  if (!this._handle) return;
  process.nextTick(() => this.emit('stop'));
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

// --- FSWatcher ---------------------------------------------------------------------

function FSWatcher() {
  Reflect.apply(EventEmitter, this, []);
  this._handle = null;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

// One FSEvent for `dir` reporting to `watcher` with names under `prefix`.
function openEvent(watcher, target, persistent, recursive, encoding, prefix) {
  const handle = new binding.FSEvent();
  handle.onchange = (status, eventType, filename) => {
    if (status < 0) {
      watcher.close();
      watcher.emit('error', watchError(status, filename));
      return;
    }
    if (prefix !== '' && typeof filename === 'string') filename = pathModule.join(prefix, filename);
    if (recursive && eventType === 'rename' && typeof filename === 'string') {
      watcher._addTree(filename, persistent, encoding);
    }
    if (filename !== undefined && typeof filename !== 'string') {
      filename = require('internal/fs/utils').encodeResult(filename, encoding || 'buffer');
    }
    watcher.emit('change', eventType, filename);
  };
  const err = handle.start(target, persistent, false, encoding);
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  filename = getValidatedPath(filename);
  const handle = openEvent(this, filename, persistent, recursive, encoding, '');
  if (typeof handle === 'number') throw watchError(handle, filename);
  this._handle = handle;
  if (recursive) {
    this._root = filename;
    this._children = new Map();
    this._scan('', persistent, encoding);
  }
};

// Recursive mode: watches every directory under the root-relative `rel`.
FSWatcher.prototype._scan = function(rel, persistent, encoding) {
  const fs = require('fs');
  const dir = rel === '' ? this._root : pathModule.join(this._root, rel);
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const childRel = rel === '' ? entry.name : pathModule.join(rel, entry.name);
    if (this._children.has(childRel)) continue;
    const handle = openEvent(this, pathModule.join(this._root, childRel), persistent, true,
                             encoding, childRel);
    if (typeof handle === 'number') continue;
    this._children.set(childRel, handle);
    this._scan(childRel, persistent, encoding);
  }
};

// Recursive mode: a name appeared or vanished; watch it if it is a new
// directory, drop watchers of directories that are gone.
FSWatcher.prototype._addTree = function(rel, persistent, encoding) {
  if (this._handle === null) return;
  const fs = require('fs');
  const st = fs.statSync(pathModule.join(this._root, rel), { throwIfNoEntry: false });
  if (st === undefined) {
    for (const [key, handle] of this._children) {
      if (key === rel || key.startsWith(`${rel}/`)) {
        handle.close();
        this._children.delete(key);
      }
    }
    return;
  }
  if (!st.isDirectory() || this._children.has(rel)) return;
  const handle = openEvent(this, pathModule.join(this._root, rel), persistent, true, encoding, rel);
  if (typeof handle === 'number') return;
  this._children.set(rel, handle);
  this._scan(rel, persistent, encoding);
};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  if (this._children) {
    for (const handle of this._children.values()) handle.close();
    this._children.clear();
  }
  process.nextTick(() => this.emit('close'));
};

FSWatcher.prototype.ref = function() {
  if (this._handle) {
    this._handle.ref();
    if (this._children) for (const h of this._children.values()) h.ref();
  }
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) {
    this._handle.unref();
    if (this._children) for (const h of this._children.values()) h.unref();
  }
  return this;
};

// fs.promises.watch: an async iterator of { eventType, filename }.
async function* watch(filename, options) {
  const {
    validateAbortSignal, validateBoolean, validateObject,
  } = require('internal/validators');
  const { assertEncoding } = require('internal/fs/utils');
  filename = getValidatedPath(filename);
  validateObject(options ?? {}, 'options');
  const {
    persistent = true, recursive = false, encoding = 'utf8', signal,
  } = options ?? {};
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding !== 'buffer') assertEncoding(encoding);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const watcher = new FSWatcher();
  const queue = [];
  let wake = null;
  let failure = null;
  const notify = () => {
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ __proto__: null, eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  watcher[kFSWatchStart](filename, persistent, recursive, encoding);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      while (queue.length > 0) yield queue.shift();
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kFSStatWatcherStart,
  kFSWatchStart,
  watch,
};
