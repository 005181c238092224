// eddy: fs.Dir, fs.opendir and fs.opendirSync (node's lib/internal/fs/dir.js
// surface). A Dir wraps the binding's DirHandle, which hands out entries in
// batches of `bufferSize`; the Dir buffers them and gives one Dirent per
// read. Asynchronous operations run one at a time: calls made while one is
// on the thread pool wait in a queue, and synchronous calls meanwhile throw
// ERR_DIR_CONCURRENT_OPERATION. With `recursive`, the entries of each
// subdirectory follow, read when its Dirent is handed out.
'use strict';

const binding = internalBinding('fs');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateUint32,
} = require('internal/validators');
const {
  FSReqCallback,
  callAsync,
  check,
  direntFor,
  encodeResult,
  bindingEncoding,
  getOptions,
  getValidatedPath,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirPath = Symbol('kDirPath');
const kDirClosed = Symbol('kDirClosed');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirOptions = Symbol('kDirOptions');

function lstatSync(path) {
  return require('fs').lstatSync(path);
}

function dirOptions(options) {
  options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('handle');
    }
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    this[kDirOperationQueue] = null;
    this[kDirOptions] = dirOptions(options);
  }

  get path() {
    return this[kDirPath];
  }

  // Turns a batch [name, type, ...] read in `path` into buffered Dirents.
  processReadResult(path, result) {
    const { encoding } = this[kDirOptions];
    for (let i = 0; i < result.length; i += 2) {
      this[kDirBufferedEntries].push(
        direntFor(path, encodeResult(result[i], encoding), result[i + 1], lstatSync));
    }
  }

  // Appends every entry of the subdirectory `dirent` names (recursive mode).
  readSyncRecursive(dirent) {
    const path = require('path').join(dirent.parentPath, dirent.name);
    const encoding = bindingEncoding(this[kDirOptions].encoding);
    const handle = check(binding.opendir(path, encoding), 'opendir');
    try {
      for (;;) {
        const result = check(handle.read(encoding, this[kDirOptions].bufferSize), 'scandir');
        if (result === null) break;
        this.processReadResult(path, result);
      }
    } finally {
      handle.close();
    }
  }

  // The next buffered Dirent (following it into a subdirectory when
  // recursive).
  #shift() {
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  #drainQueue() {
    const queue = this[kDirOperationQueue];
    this[kDirOperationQueue] = null;
    if (queue === null) return;
    for (const op of queue) op();
  }

  read(callback) {
    return this.#read(true, callback);
  }

  #read(maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.#read(false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.#read(maybeSync, callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      let dirent;
      try {
        dirent = this.#shift();
      } catch (error) {
        callback(error);
        return;
      }
      if (maybeSync) process.nextTick(callback, null, dirent);
      else callback(null, dirent);
      return;
    }
    const { encoding, bufferSize } = this[kDirOptions];
    const req = new FSReqCallback((err, result) => {
      process.nextTick(() => this.#drainQueue());
      if (err || result === null) {
        callback(err, result);
        return;
      }
      let dirent;
      try {
        this.processReadResult(this[kDirPath], result);
        dirent = this.#shift();
      } catch (error) {
        callback(error);
        return;
      }
      callback(null, dirent);
    }, 'scandir');
    this[kDirOperationQueue] = [];
    const ret = this[kDirHandle].read(bindingEncoding(encoding), bufferSize, req);
    callAsync(ret, req);
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length > 0) return this.#shift();
    const { encoding, bufferSize } = this[kDirOptions];
    const result = check(this[kDirHandle].read(bindingEncoding(encoding), bufferSize), 'scandir');
    if (result === null) return null;
    this.processReadResult(this[kDirPath], result);
    return this.#shift();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    const req = new FSReqCallback(callback, 'closedir');
    callAsync(this[kDirHandle].close(req), req);
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    check(this[kDirHandle].close(), 'closedir');
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.#read(false);
        if (result === null) break;
        yield result;
      }
    } finally {
      if (this[kDirClosed] !== true) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries,
  enumerable: false, writable: true, configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  const req = new FSReqCallback((err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(handle, path, options));
  }, 'opendir');
  callAsync(binding.opendir(path, bindingEncoding(options.encoding), req), req);
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const handle = check(binding.opendir(path, bindingEncoding(options.encoding)), 'opendir');
  return new Dir(handle, path, options);
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
};
