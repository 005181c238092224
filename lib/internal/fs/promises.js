// eddy: node:fs/promises and FileHandle (node's lib/internal/fs/promises.js
// surface). The same binding calls as node:fs, each given a request whose
// completion settles a promise. A FileHandle owns a descriptor: operations
// hold a reference while they run, close() waits for them, and a handle
// collected while open has its descriptor closed with node's warning.
'use strict';

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateInteger,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  FSReqCallback,
  bindingEncoding,
  callAsync,
  copyObject,
  defaultRmOptions,
  eisdirError,
  emitRecursiveRmdirWarning,
  encodeResult,
  fsConstants: constants,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  kValidateObjectAllowNullable,
  parseFileMode,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateBuffer,
  validateBufferArray,
  validateEncoding,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  validateUid,
} = require('internal/fs/utils');

const { F_OK } = constants;

// Runs `invoke(req)` (a binding call given a request) and settles with its
// result, or node's exception for its errno.
function call(invoke, syscall, path, dest) {
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback((err, value) => (err ? reject(err) : resolve(value)),
                                  syscall, path, dest);
    req.forPromise = true;
    callAsync(invoke(req), req);
  });
}

// The same for readFile/writeFile jobs, whose message names the path only
// when opening failed.
function callFileJob(invoke, path) {
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback((err, value) => (err ? reject(err) : resolve(value)),
                                  'open', path);
    req.forPromise = true;
    req.pathOnOpenOnly = true;
    callAsync(invoke(req), req);
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
}

// --- FileHandle ---------------------------------------------------------------------

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kAsyncId = Symbol('kAsyncId');
const kLocked = Symbol('kLocked');

let nextAsyncId = 1;
let gcWarned = false;

// A handle collected while open: close its descriptor and say so, as node
// does.
const closeOnCollect = new FinalizationRegistry((fd) => {
  binding.close(fd);
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcWarned) {
    gcWarned = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using ' +
      'FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

function closeFd(handle, fd) {
  closeOnCollect.unregister(handle);
  return call((req) => binding.close(fd, req), 'close');
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kAsyncId] = nextAsyncId++;
    closeOnCollect.register(this, fd, this);
    // An own property, as node has it: `const { close } = handle` works.
    this.close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        const fd = this[kFd];
        this[kFd] = -1;
        this[kClosePromise] = closeFd(this, fd).finally(() => {
          this[kClosePromise] = undefined;
        });
      } else {
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
      }
      this.emit('close');
      return this[kClosePromise];
    };
  }

  getAsyncId() { return this[kAsyncId]; }

  get fd() { return this[kFd]; }

  appendFile(data, options) { return fsCall(writeFileHandle, this, data, options, 'a'); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFileHandle, this, options); }

  readLines(options = undefined) {
    const readline = require('readline');
    return new readline.Interface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFileHandle, this, data, options, 'w'); }

  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    if (options.type !== undefined) validateString(options.type, 'options.type');
    const { newReadableStreamFromFileHandle } = require('internal/webstreams/adapters');
    return newReadableStreamFromFileHandle(this, options.type === 'bytes',
                                           () => this[kRef](), () => this[kUnref]());
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      closeFd(this, fd).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

if (typeof Symbol.asyncDispose === 'symbol') {
  Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
    value: function() { return this.close(); },
    writable: true, configurable: true, enumerable: false,
  });
}

// Runs `fn(handle, ...args)` holding a reference on the handle.
async function fsCall(fn, handle, ...args) {
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

// --- descriptor operations (FileHandle methods) ------------------------------------------

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  const bytesRead = (await call(
    (req) => binding.read(handle.fd, buffer, offset, length, position, req), 'read')) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call(
    (req) => binding.readBuffers(handle.fd, buffers, position ?? -1, req), 'read')) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call(
      (req) => binding.writeBuffer(handle.fd, buffer, offset, length, position, req),
      'write')) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const pos = typeof offset === 'number' ? offset : null;
  let bytesWritten;
  if (length == null || length === 'utf8' || length === 'utf-8') {
    bytesWritten = await call(
      (req) => binding.writeString(handle.fd, buffer, pos, 'utf8', req), 'write');
  } else {
    const bytes = Buffer.from(buffer, length);
    bytesWritten = await call(
      (req) => binding.writeBuffer(handle.fd, bytes, 0, bytes.length, pos, req), 'write');
  }
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call(
    (req) => binding.writeBuffers(handle.fd, buffers, position ?? -1, req), 'write')) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  const result = await call((req) => binding.fstat(handle.fd, options.bigint === true, req),
                            'fstat');
  return getStatsFromBinding(result);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call((req) => binding.ftruncate(handle.fd, len, req), 'ftruncate');
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call((req) => binding.fchmod(handle.fd, mode, req), 'fchmod');
}

async function fchown(handle, uid, gid) {
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return call((req) => binding.fchown(handle.fd, uid, gid, req), 'fchown');
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call((req) => binding.futimes(handle.fd, atime, mtime, req), 'futime');
}

async function fsync(handle) {
  return call((req) => binding.fsync(handle.fd, req), 'fsync');
}

async function fdatasync(handle) {
  return call((req) => binding.fdatasync(handle.fd, req), 'fdatasync');
}

// --- whole files -------------------------------------------------------------------------

function readFileResult(result, encoding) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(result);
  if (typeof result === 'string') return result;
  const buffer = Buffer.from(result);
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFileEncoding(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' ? undefined : 'buffer';
}

function readWholeFile(pathOrFd, flags, encoding, path) {
  return callFileJob(
    (req) => binding.readFile(pathOrFd, flags, readFileEncoding(encoding), req), path);
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  const result = await readWholeFile(handle.fd, 0, options.encoding);
  checkAborted(options.signal);
  return readFileResult(result, options.encoding);
}

// readFile and writeFile by path are the hot calls of fs/promises: each is
// one binding job settling one promise (no async function around it, whose
// extra promise and await hops cost more than the job on a fast disk).
// Argument errors still reject rather than throw, as from an async function.
function readFile(path, options) {
  try {
    options = getOptions(options, { flag: 'r' });
    const flag = options.flag || 'r';
    if (path instanceof FileHandle) return readFileHandle(path, options);
    const signal = options.signal;
    checkAborted(signal);
    path = getValidatedPath(path);
    const flags = stringToFlags(flag);
    const encoding = options.encoding;
    return new Promise((resolve, reject) => {
      const req = new FSReqCallback((err, result) => {
        if (err) {
          reject(err);
          return;
        }
        try {
          checkAborted(signal);
          resolve(readFileResult(result, encoding));
        } catch (e) {
          reject(e);
        }
      }, 'open', path);
      req.forPromise = true;
      req.pathOnOpenOnly = true;
      callAsync(binding.readFile(path, flags, readFileEncoding(encoding), req), req);
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !isArrayBufferView(obj) &&
    (typeof obj[Symbol.iterator] === 'function' ||
     typeof obj[Symbol.asyncIterator] === 'function');
}

function writeFileData(data, encoding) {
  if (isArrayBufferView(data) || isCustomIterable(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

// Writes all of `bytes` at the descriptor's position.
async function writeAll(fd, bytes, signal) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    checkAborted(signal);
    const n = await call((req) => binding.writeBuffer(
      fd, bytes, offset, Math.min(bytes.byteLength - offset, 512 * 1024), null, req), 'write');
    offset += n;
  }
}

async function writeIterable(fd, data, encoding, signal) {
  for await (const chunk of data) {
    checkAborted(signal);
    const bytes = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8');
    await writeAll(fd, bytes, signal);
  }
}

// FileHandle.writeFile / appendFile (`kind` is only the defaults' flag).
async function writeFileHandle(handle, data, options, kind) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: kind });
  data = writeFileData(data, options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  checkAborted(options.signal);
  if (isCustomIterable(data)) return writeIterable(handle.fd, data, options.encoding, options.signal);
  return writeAll(handle.fd, data, options.signal);
}

function writeFile(path, data, options) {
  try {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
    const flush = options.flush ?? false;
    validateBoolean(flush, 'options.flush');
    if (typeof data === 'string' && !(path instanceof FileHandle) &&
        (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
      // UTF-8 text by path: the binding encodes the string itself.
      validateAbortSignal(options.signal, 'options.signal');
      return writeFileJob(path, data, options, flush);
    }
  } catch (err) {
    return Promise.reject(err);
  }
  return writeFileGeneral(path, data, options);
}

// writeFile of bytes (or a string) by path as one binding job.
function writeFileJob(path, data, options, flush) {
  const signal = options.signal;
  checkAborted(signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback((err) => {
      if (err) {
        reject(err);
        return;
      }
      try {
        checkAborted(signal);
        resolve();
      } catch (e) {
        reject(e);
      }
    }, 'open', path);
    req.forPromise = true;
    req.pathOnOpenOnly = true;
    callAsync(binding.writeFile(path, data, flags, mode, flush, req), req);
  });
}

async function writeFileGeneral(path, data, options) {
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  data = writeFileData(data, options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) {
    checkAborted(options.signal);
    if (isCustomIterable(data)) return writeIterable(path.fd, data, options.encoding, options.signal);
    return writeAll(path.fd, data, options.signal);
  }
  checkAborted(options.signal);
  if (isCustomIterable(data)) {
    const handle = await open(path, flag, options.mode);
    try {
      await writeIterable(handle.fd, data, options.encoding, options.signal);
      if (flush) await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  return writeFileJob(path, data, options, flush);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

// --- path operations ----------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call((req) => binding.access(path, mode, req), 'access', path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call((req) => binding.copyFile(src, dest, mode, req), 'copyfile', src, dest);
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cp(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call((req) => binding.open(path, flagsNumber, mode, req), 'open', path);
  return new FileHandle(fd);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call((req) => binding.rename(oldPath, newPath, req), 'rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(
    await call((req) => binding.lstat(path, options.bigint === true, req), 'lstat', path));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(
    await call((req) => binding.stat(path, options.bigint === true, req), 'stat', path));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(
    await call((req) => binding.statfs(path, options.bigint === true, req), 'statfs', path));
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  let stats;
  try {
    stats = await lstat(path);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  if (stats.isDirectory() && !options.recursive) throw eisdirError(path);
  return call((req) => binding.rm(path, options.maxRetries, options.retryDelay, req), 'rm', path);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) {
      return call((req) => binding.rm(path, options.maxRetries, options.retryDelay, req),
                  'rm', path);
    }
  }
  return call((req) => binding.rmdir(path, req), 'rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const m = parseFileMode(mode, 'mode', 0o777);
  return call((req) => binding.mkdir(path, m, recursive, req), 'mkdir', path);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return require('fs').readdirSync(path, options);
  const { encoding } = options;
  const withFileTypes = !!options.withFileTypes;
  const result = await call(
    (req) => binding.readdir(path, bindingEncoding(encoding), withFileTypes, req), 'scandir', path);
  const names = withFileTypes ? result[0] : result;
  if (bindingEncoding(encoding) !== undefined) {
    for (let i = 0; i < names.length; i++) names[i] = encodeResult(names[i], encoding);
  }
  if (!withFileTypes) return names;
  return new Promise((resolve, reject) => {
    getDirents(path, names, result[1], require('fs').lstat,
               (err, dirents) => (err ? reject(err) : resolve(dirents)));
  });
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const r = await call((req) => binding.readlink(path, bindingEncoding(options.encoding), req),
                       'readlink', path);
  return encodeResult(r, options.encoding);
}

async function symlink(target, path, type_) {
  const type = typeof type_ === 'string' ? type_ : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  return call((req) => binding.symlink(target, path, flags, req), 'symlink', target, path);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call((req) => binding.link(existingPath, newPath, req), 'link', existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call((req) => binding.unlink(path, req), 'unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call((req) => binding.chmod(path, mode, req), 'chmod', path);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return call((req) => binding.lchown(path, uid, gid, req), 'lchown', path);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return call((req) => binding.chown(path, uid, gid, req), 'chown', path);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return call((req) => binding.utimes(path, a, m, req), 'utime', path);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return call((req) => binding.lutimes(path, a, m, req), 'lutime', path);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const r = await call((req) => binding.realpath(path, bindingEncoding(options.encoding), req),
                       'realpath', path);
  return encodeResult(r, options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const template = typeof prefix === 'string' ? `${prefix}XXXXXX` :
    Buffer.concat([Buffer.from(prefix), Buffer.from('XXXXXX')]);
  const r = await call((req) => binding.mkdtemp(prefix, bindingEncoding(options.encoding), req),
                       'mkdtemp', template);
  return encodeResult(r, options.encoding);
}

async function opendir(path, options) {
  const { opendir: opendirCb } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCb(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

function watch(filename, options) {
  return require('internal/fs/watchers').watch(filename, options);
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
  kRef,
  kUnref,
};

