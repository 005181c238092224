// eddy: node:fs. Every call in its synchronous and callback forms, with
// node's argument checks (lib/internal/fs/utils.js) in front of the `fs`
// binding (src/bindings/fs/). A synchronous call runs the binding function
// without a request and throws node's exception for a negative errno; a
// callback call passes an FSReqCallback and runs on libuv's thread pool.
// Whole-file reads and writes, mkdir -p and rm -r are single binding calls.
// node:fs/promises is lib/internal/fs/promises.js, Dir is
// lib/internal/fs/dir.js, ReadStream/WriteStream lib/internal/fs/streams.js.
'use strict';

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  Dirent,
  FSReqCallback,
  Stats,
  bindingEncoding,
  callAsync,
  check,
  checkJob,
  copyObject,
  defaultRmOptions,
  direntFor,
  eisdirError,
  emitRecursiveRmdirWarning,
  encodeResult,
  fsConstants: constants,
  fsError,
  getDirents,
  getDirentsSync,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  statValues,
  syncStats,
  fsReadImpl,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  kValidateObjectAllowNullable,
  makeCallback,
  maybeCallback,
  parseFileMode,
  stringToFlags,
  stringToSymlinkType,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBuffer,
  validateBufferArray,
  validateEncoding,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  validateUid,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK } = constants;
const UV_ENOENT = -internalBinding('constants').os.errno.ENOENT;

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function isFd(v) { return v === (v | 0); }

function lazyPath() { return require('path'); }

// A sync job failure [errno, syscall] of readFile/writeFile: the path only
// belongs in the message when opening failed (node's wording).
function checkFileJob(result, path) {
  if (Array.isArray(result)) {
    throw fsError(result[0], result[1], result[1] === 'open' ? path : undefined);
  }
  return result;
}

// A request for readFile/writeFile jobs: same rule for the path.
function fileJobReq(callback, path) {
  const req = new FSReqCallback(callback, 'open', path);
  req.pathOnOpenOnly = true;
  return req;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// --- access / exists ------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'access');
  const req = new FSReqCallback(callback, 'access', path);
  callAsync(binding.access(path, mode, req), req);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  check(binding.access(path, mode), 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) { callback(!err); }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, kCustomPromisify, {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false, writable: false, configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.access(path, F_OK) === undefined;
}

// --- open / close ------------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'open', path);
  callAsync(binding.open(path, flagsNumber, mode, req), req);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, flagsNumber, mode), 'open', path);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'close');
  callAsync(binding.close(fd, req), req);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd), 'close');
}

// --- read ---------------------------------------------------------------------------

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) {
      validateObject(params, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const req = new FSReqCallback((err, bytesRead) => callback(err, bytesRead || 0, buffer), 'read');
  callAsync(binding.read(fd, buffer, offset, length, position, req), req);
}
fsReadImpl.fn = read;
Object.defineProperty(read, kCustomPromisify, {
  value: function read(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fs.read, undefined, [...args, (err, bytesRead, buffer) => {
        if (err) reject(err);
        else resolve({ bytesRead, buffer });
      }]);
    });
  },
  enumerable: false, writable: false, configurable: true,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return check(binding.read(fd, buffer, offset, length, position), 'read');
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  const req = new FSReqCallback((err, bytesRead) => callback(err, bytesRead || 0, buffers), 'read');
  callAsync(binding.readBuffers(fd, buffers, position ?? -1, req), req);
}
Object.defineProperty(readv, kCustomPromisify, {
  value: function readv(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fs.readv, undefined, [...args, (err, bytesRead, buffers) => {
        if (err) reject(err);
        else resolve({ bytesRead, buffers });
      }]);
    });
  },
  enumerable: false, writable: false, configurable: true,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return check(binding.readBuffers(fd, buffers, position ?? -1), 'read');
}

// --- write ---------------------------------------------------------------------------

// A string in an encoding the binding does not write itself, as bytes.
function encodeString(string, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return null;
  return Buffer.from(string, encoding);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const req = new FSReqCallback(wrapper, 'write');
    callAsync(binding.writeBuffer(fd, buffer, offset, length, position, req), req);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  const req = new FSReqCallback(wrapper, 'write');
  const bytes = encodeString(str, length);
  const pos = typeof offset === 'number' ? offset : null;
  if (bytes !== null) {
    callAsync(binding.writeBuffer(fd, bytes, 0, bytes.length, pos, req), req);
  } else {
    callAsync(binding.writeString(fd, str, pos, 'utf8', req), req);
  }
}
Object.defineProperty(write, kCustomPromisify, {
  value: function write(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fs.write, undefined, [...args, (err, bytesWritten, buffer) => {
        if (err) reject(err);
        else resolve({ bytesWritten, buffer });
      }]);
    });
  },
  enumerable: false, writable: false, configurable: true,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return check(binding.writeBuffer(fd, buffer, offset, length, position), 'write');
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  const bytes = encodeString(buffer, length);
  if (bytes !== null) {
    return check(binding.writeBuffer(fd, bytes, 0, bytes.length, offset), 'write');
  }
  return check(binding.writeString(fd, buffer, offset, 'utf8'), 'write');
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  const req = new FSReqCallback((err, written) => callback(err, written || 0, buffers), 'write');
  if (buffers.length === 0) {
    process.nextTick(() => req.oncomplete(0, 0));
    return;
  }
  if (typeof position !== 'number') position = null;
  callAsync(binding.writeBuffers(fd, buffers, position ?? -1, req), req);
}
Object.defineProperty(writev, kCustomPromisify, {
  value: function writev(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(fs.writev, undefined, [...args, (err, bytesWritten, buffers) => {
        if (err) reject(err);
        else resolve({ bytesWritten, buffers });
      }]);
    });
  },
  enumerable: false, writable: false, configurable: true,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return check(binding.writeBuffers(fd, buffers, position ?? -1), 'write');
}

// --- whole files ---------------------------------------------------------------------

// readFile's encoding for the binding: UTF-8 text is made there, anything
// else comes back as bytes.
function readFileEncoding(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' ? undefined : 'buffer';
}

// The binding's readFile result as the caller asked: a string, a Buffer.
function readFileResult(result, encoding) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(result);
  if (typeof result === 'string') return result;
  const buffer = Buffer.from(result);
  // 'buffer' is no encoding here: toString() rejects it, as in node.
  if (encoding) return buffer.toString(encoding);
  return buffer;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  path = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  if (signal?.aborted) {
    callback(abortError(signal));
    return;
  }
  const req = fileJobReq((err, result) => {
    if (signal?.aborted) {
      callback(abortError(signal));
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    let value;
    try {
      value = readFileResult(result, encoding);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, value);
  }, isFd(path) ? undefined : path);
  callAsync(binding.readFile(path, flags, readFileEncoding(encoding), req), req);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  path = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const result = binding.readFile(path, flags, readFileEncoding(options.encoding));
  checkFileJob(result, path);
  return readFileResult(result, options.encoding);
}

// writeFile's data as a string (written as UTF-8) or bytes.
function writeFileData(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  const bytes = encodeString(data, encoding);
  return bytes === null ? data : bytes;
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeFileData(data, options.encoding);
  const userFd = isFd(path);
  if (!userFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(() => callback(abortError(signal)));
    return;
  }
  const req = fileJobReq((err) => {
    if (signal?.aborted) callback(abortError(signal));
    else callback(err);
  }, userFd ? undefined : path);
  callAsync(binding.writeFile(path, data, flags, mode, flush, req), req);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = writeFileData(data, options.encoding);
  if (!isFd(path)) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  checkFileJob(binding.writeFile(path, data, flags, mode, flush), path);
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// --- rename, truncate, links --------------------------------------------------------------

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const req = new FSReqCallback(callback, 'rename', oldPath, newPath);
  callAsync(binding.rename(oldPath, newPath, req), req);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.rename(oldPath, newPath), 'rename', oldPath, newPath);
}

let truncateWarned = false;
function warnTruncateFd() {
  if (truncateWarned) return;
  truncateWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
    ' Please use fs.ftruncate with a file descriptor instead.',
  'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  open(path, 'r+', (er, fd) => {
    if (er) return callback(er);
    const req = new FSReqCallback((err) => {
      close(fd, (err2) => callback(err || err2 || null));
    }, 'ftruncate');
    callAsync(binding.ftruncate(fd, len, req), req);
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'ftruncate');
  callAsync(binding.ftruncate(fd, len, req), req);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  check(binding.ftruncate(fd, len), 'ftruncate');
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const req = new FSReqCallback(callback, 'link', existingPath, newPath);
  callAsync(binding.link(existingPath, newPath, req), req);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.link(existingPath, newPath), 'link', existingPath, newPath);
}

function symlink(target, path, type_, callback_) {
  const type = typeof type_ === 'string' ? type_ : null;
  const callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  const req = new FSReqCallback(callback, 'symlink', target, path);
  callAsync(binding.symlink(target, path, flags, req), req);
}

function symlinkSync(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  check(binding.symlink(target, path, flags), 'symlink', target, path);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const { encoding } = options;
  const req = new FSReqCallback(callback, 'readlink', path, undefined,
                                (r) => encodeResult(r, encoding));
  callAsync(binding.readlink(path, bindingEncoding(encoding), req), req);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const r = check(binding.readlink(path, bindingEncoding(options.encoding)), 'readlink', path);
  return encodeResult(r, options.encoding);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'unlink', path);
  callAsync(binding.unlink(path, req), req);
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  check(binding.unlink(path), 'unlink', path);
}

// --- metadata ------------------------------------------------------------------------------

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => {
    if (err) return cb(err);
    cb(err, getStatsFromBinding(stats));
  };
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeStatsCallback(callback);
  const req = new FSReqCallback(callback, 'fstat');
  callAsync(binding.fstat(fd, options.bigint === true, req), req);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'lstat', path);
  callAsync(binding.lstat(path, options.bigint === true, req), req);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'stat', path);
  callAsync(binding.stat(path, options.bigint === true, req), req);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  const req = new FSReqCallback((err, s) => {
    if (err) return callback(err);
    callback(err, getStatFsFromBinding(s));
  }, 'statfs', path);
  callAsync(binding.statfs(path, options.bigint === true, req), req);
}

// A stat result, or undefined for a missing entry (ENOENT only, as node)
// when the caller said throwIfNoEntry: false.
function statResult(result, options, syscall, path) {
  if (typeof result === 'number' && options.throwIfNoEntry === false && result === UV_ENOENT) {
    return undefined;
  }
  if (result === statValues) return syncStats(result);
  return getStatsFromBinding(check(result, syscall, path));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(check(binding.fstat(fd, options.bigint === true), 'fstat'));
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return statResult(binding.lstat(path, options.bigint === true, undefined, statValues),
                    options, 'lstat', path);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  return statResult(binding.stat(path, options.bigint === true, undefined, statValues),
                    options, 'stat', path);
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(check(binding.statfs(path, options.bigint === true), 'statfs', path));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fchmod');
  callAsync(binding.fchmod(fd, mode, req), req);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  check(binding.fchmod(fd, mode), 'fchmod');
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'chmod', path);
  callAsync(binding.chmod(path, mode, req), req);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding.chmod(path, mode), 'chmod', path);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  const req = new FSReqCallback(callback, 'lchown', path);
  callAsync(binding.lchown(path, uid, gid, req), req);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  check(binding.lchown(path, uid, gid), 'lchown', path);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fchown');
  callAsync(binding.fchown(fd, uid, gid, req), req);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  check(binding.fchown(fd, uid, gid), 'fchown');
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  const req = new FSReqCallback(callback, 'chown', path);
  callAsync(binding.chown(path, uid, gid, req), req);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  check(binding.chown(path, uid, gid), 'chown', path);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'utime', path);
  callAsync(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req), req);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'utime', path);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'futime');
  callAsync(binding.futimes(fd, atime, mtime, req), req);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  check(binding.futimes(fd, atime, mtime), 'futime');
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const req = new FSReqCallback(callback, 'lutime', path);
  callAsync(binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req), req);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'lutime', path);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fsync');
  callAsync(binding.fsync(fd, req), req);
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fsync(fd), 'fsync');
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const req = new FSReqCallback(callback, 'fdatasync');
  callAsync(binding.fdatasync(fd, req), req);
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fdatasync(fd), 'fdatasync');
}

// --- directories ------------------------------------------------------------------------------

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options && typeof options === 'object') {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  let args = { mode: 0o777, recursive: false };
  if (typeof options === 'function') callback = options;
  else args = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(args.recursive, 'options.recursive');
  const req = new FSReqCallback(callback, 'mkdir', path);
  callAsync(binding.mkdir(path, args.mode, args.recursive, req), req);
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  if (recursive) return checkJob(binding.mkdir(path, mode, true), 'mkdir', path);
  check(binding.mkdir(path, mode, false), 'mkdir', path);
}

let mkdtempWarned = false;
function warnOnNonPortableTemplate(prefix) {
  if (mkdtempWarned) return;
  const last = typeof prefix === 'string' ? prefix[prefix.length - 1] :
    String.fromCharCode(prefix[prefix.length - 1]);
  if (last !== 'X') return;
  mkdtempWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
    'For details see: https://nodejs.org/api/fs.html');
}

function templatePath(prefix) {
  return typeof prefix === 'string' ? `${prefix}XXXXXX` :
    Buffer.concat([Buffer.from(prefix), Buffer.from('XXXXXX')]);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const { encoding } = options;
  const req = new FSReqCallback(callback, 'mkdtemp', templatePath(prefix), undefined,
                                (r) => encodeResult(r, encoding));
  callAsync(binding.mkdtemp(prefix, bindingEncoding(encoding), req), req);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const r = check(binding.mkdtemp(prefix, bindingEncoding(options.encoding)), 'mkdtemp',
                  templatePath(prefix));
  return encodeResult(r, options.encoding);
}

// readdir's names (or, with types, Dirents) from the binding's result.
function readdirNames(result, encoding) {
  if (bindingEncoding(encoding) === undefined) return result;
  for (let i = 0; i < result.length; i++) result[i] = encodeResult(result[i], encoding);
  return result;
}

function readdirRecursive(basePath, options) {
  const pathModule = lazyPath();
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = bindingEncoding(options.encoding);
  const results = [];
  const queue = [basePath];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const result = check(binding.readdir(dir, encoding, withFileTypes), 'scandir', dir);
    if (withFileTypes) {
      const [names, types] = result;
      for (let i = 0; i < names.length; i++) {
        const dirent = direntFor(dir, encodeResult(names[i], options.encoding), types[i], lstatSync);
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathModule.join(dirent.parentPath, dirent.name));
      }
    } else {
      for (let i = 0; i < result.length; i++) {
        const name = encodeResult(result[i], options.encoding);
        const full = pathModule.join(dir, name);
        results.push(pathModule.relative(basePath, full));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    let result;
    try {
      result = readdirRecursive(path, options);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
    return;
  }
  const { encoding } = options;
  const withFileTypes = !!options.withFileTypes;
  const req = new FSReqCallback((err, result) => {
    if (err) return callback(err);
    if (!withFileTypes) return callback(null, readdirNames(result, encoding));
    const names = readdirNames(result[0], encoding);
    getDirents(path, names, result[1], lstat, callback);
  }, 'scandir', path);
  callAsync(binding.readdir(path, bindingEncoding(encoding), withFileTypes, req), req);
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options);
  const { encoding } = options;
  const withFileTypes = !!options.withFileTypes;
  const result = check(binding.readdir(path, bindingEncoding(encoding), withFileTypes),
                       'scandir', path);
  if (!withFileTypes) return readdirNames(result, encoding);
  return getDirentsSync(path, readdirNames(result[0], encoding), result[1], lstatSync);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    lstat(path, (err, stats) => {
      if (err) return callback(err);
      if (!stats.isDirectory()) {
        const req = new FSReqCallback(callback, 'rmdir', path);
        callAsync(binding.rmdir(path, req), req);
        return;
      }
      const req = new FSReqCallback(callback, 'rm', path);
      callAsync(binding.rm(path, options.maxRetries, options.retryDelay, req), req);
    });
    return;
  }
  validateRmdirOptions(options);
  const req = new FSReqCallback(callback, 'rmdir', path);
  callAsync(binding.rmdir(path, req), req);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options);
    if (lstatSync(path).isDirectory()) {
      checkJob(binding.rm(path, options.maxRetries, options.retryDelay), 'rm', path);
      return;
    }
  } else {
    validateRmdirOptions(options);
  }
  check(binding.rmdir(path), 'rmdir', path);
}

function rmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return options;
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = rmOptions(options);
  callback = makeCallback(callback);
  lstat(path, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if (stats.isDirectory() && !options.recursive) return callback(eisdirError(path));
    const req = new FSReqCallback(callback, 'rm', path);
    callAsync(binding.rm(path, options.maxRetries, options.retryDelay, req), req);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  const stats = lstatSync(path, { throwIfNoEntry: !options.force });
  if (stats === undefined) return;
  if (stats.isDirectory() && !options.recursive) throw eisdirError(path);
  checkJob(binding.rm(path, options.maxRetries, options.retryDelay), 'rm', path);
}

const { Dir, opendir, opendirSync } = require('internal/fs/dir');

// --- copy ------------------------------------------------------------------------------------

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'copyFile');
  const req = new FSReqCallback(callback, 'copyfile', src, dest);
  callAsync(binding.copyFile(src, dest, mode, req), req);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  check(binding.copyFile(src, dest, mode), 'copyfile', src, dest);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const cpModule = require('internal/fs/cp');
  options = cpModule.validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpModule.cp(src, dest, options).then(() => callback(null, undefined), callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

// --- realpath -----------------------------------------------------------------------------

// realpath resolves like node's JavaScript walk: on failure the error names
// the component lstat failed on (`lstat '/a/missing'`). The binding's
// realpath(3) finds the answer; only a failure walks the path to name it.
function realpathError(p, fallback) {
  const pathModule = lazyPath();
  let resolved = pathModule.resolve(p);
  const seen = new Set();
  for (let guard = 0; guard < 256; guard++) {
    const parts = resolved.split('/').filter(Boolean);
    let current = '';
    let restarted = false;
    for (let i = 0; i < parts.length; i++) {
      const next = `${current}/${parts[i]}`;
      const st = binding.lstat(next, false);
      if (typeof st === 'number') return fsError(st, 'lstat', next);
      if ((st[1] & constants.S_IFMT) !== constants.S_IFLNK) {
        current = next;
        continue;
      }
      const key = `${st[0]}:${st[7]}`;
      const s2 = binding.stat(next, false);
      if (typeof s2 === 'number') return fsError(s2, 'stat', next);
      if (seen.has(key)) return fallback;
      seen.add(key);
      const target = binding.readlink(next);
      if (typeof target === 'number') return fsError(target, 'readlink', next);
      resolved = pathModule.resolve(current || '/', target, ...parts.slice(i + 1));
      restarted = true;
      break;
    }
    if (!restarted) return fallback;
  }
  return fallback;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  const r = binding.realpath(p, bindingEncoding(options.encoding));
  if (typeof r === 'number') throw realpathError(p, fsError(r, 'realpath', p));
  return encodeResult(r, options.encoding);
}

realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const r = check(binding.realpath(path, bindingEncoding(options.encoding)), 'realpath', path);
  return encodeResult(r, options.encoding);
};

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  const { encoding } = options;
  const req = new FSReqCallback((err, r) => {
    if (err) return callback(realpathError(p, err));
    callback(null, encodeResult(r, encoding));
  }, 'realpath', p);
  callAsync(binding.realpath(p, bindingEncoding(encoding), req), req);
}

realpath.native = function realpath(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  const { encoding } = options;
  const req = new FSReqCallback(callback, 'realpath', path, undefined,
                                (r) => encodeResult(r, encoding));
  callAsync(binding.realpath(path, bindingEncoding(encoding), req), req);
};

// --- watching, streams, blobs ----------------------------------------------------------------

let watchers;
function lazyWatchers() {
  if (watchers === undefined) watchers = require('internal/fs/watchers');
  return watchers;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  const { FSWatcher, kFSWatchStart } = lazyWatchers();
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const listenerAbort = () => watcher.close();
      options.signal.addEventListener('abort', listenerAbort, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', listenerAbort));
    }
  }
  return watcher;
}

// One StatWatcher per resolved path, shared by every watchFile listener.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = lazyPath().resolve(filename);
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    const { StatWatcher, kFSStatWatcherStart } = lazyWatchers();
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = lazyPath().resolve(filename);
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

let streamsModule;
function lazyStreams() {
  if (streamsModule === undefined) streamsModule = require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = getValidatedPath(path);
  return new Promise((resolve, reject) => {
    readFile(path, (err, data) => {
      if (err) return reject(err);
      const { Blob } = require('buffer');
      resolve(new Blob([data], { type }));
    });
  });
}

// --- the module ------------------------------------------------------------------------------

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(val) { lazyStreams().ReadStream = val; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(val) { lazyStreams().WriteStream = val; },
  // Legacy names, kept as node keeps them.
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(val) { lazyStreams().ReadStream = val; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(val) { lazyStreams().WriteStream = val; },

  _toUnixTimestamp: toUnixTimestamp,
  Dir,
  opendir,
  opendirSync,
};

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK || 0 },
  R_OK: { enumerable: true, value: R_OK || 0 },
  W_OK: { enumerable: true, value: W_OK || 0 },
  X_OK: { enumerable: true, value: X_OK || 0 },
  constants: {
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/promises').exports; },
  },
});
