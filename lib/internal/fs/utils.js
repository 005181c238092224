// eddy: what node:fs, node:fs/promises and the Dir class share (the role of
// node's lib/internal/fs/utils.js): argument checks with node's error codes
// and wording (paths, descriptors, flags, modes, offsets, times, options),
// the Stats / BigIntStats / StatFs / Dirent classes built from the binding's
// arrays, and the turning of a binding's negative errno into node's
// exception.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

const fsConstants = internalBinding('constants').fs;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
  UV_DIRENT_BLOCK, UV_DIRENT_CHAR, UV_DIRENT_DIR, UV_DIRENT_FIFO, UV_DIRENT_FILE,
  UV_DIRENT_LINK, UV_DIRENT_SOCKET, UV_DIRENT_UNKNOWN,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
  F_OK, R_OK, W_OK, X_OK,
  COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
} = fsConstants;

const kEmptyObject = Object.freeze({ __proto__: null });
// The largest single read or write (node's kIoMaxLength) and readFile size.
const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

// Node's own C++-thrown errors carry a code but no `[CODE]` in the header.
function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// --- errors from the binding ---------------------------------------------------

// A binding result that is a negative errno becomes node's exception:
// `ENOENT: no such file or directory, open '/x'`.
function fsError(errno, syscall, path, dest) {
  // Key order as node's errors show it: errno, code, syscall, path, dest.
  const ctx = { errno, code: undefined, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  const err = uvException(ctx);
  return err;
}

// Throws node's exception when `result` is a negative errno.
function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) throw fsError(result, syscall, path, dest);
  return result;
}

// The same for the binding's multi-step calls (mkdir -p, rm -r, readFile,
// writeFile), which fail with [errno, syscall(, path)].
function checkJob(result, syscall, path) {
  if (Array.isArray(result)) {
    throw fsError(result[0], result[1] || syscall, result.length > 2 ? result[2] : path);
  }
  return check(result, syscall, path);
}

// The request object of an asynchronous binding call (node's
// FSReqCallback): the binding calls `oncomplete(errno, result)`; this turns
// a failure into node's exception and a result into the callback's value.
// `callback(null)` for calls without a result, as node does.
//
// Two flags adjust the error: `pathOnOpenOnly` (readFile/writeFile jobs:
// the path belongs in the message only when opening failed) and
// `forPromise` (the error keeps its frames, as node's rejections carry
// async frames; a callback's error has none, like node's).
class FSReqCallback {
  constructor(callback, syscall, path, dest, transform) {
    this.callback = callback;
    this.syscall = syscall;
    this.path = path;
    this.dest = dest;
    this.transform = transform;
    this.pathOnOpenOnly = false;
    this.forPromise = false;
  }

  oncomplete(errno, result, errPath) {
    const { callback } = this;
    if (errno < 0) {
      const syscall = typeof result === 'string' ? result : this.syscall;
      let path = errPath !== undefined ? errPath : this.path;
      if (this.pathOnOpenOnly && syscall !== 'open') path = undefined;
      const err = fsError(errno, syscall, path, this.dest);
      // Made on behalf of the thread pool: only the runtime's own frames
      // would show.
      if (!this.forPromise) Error.captureStackTrace(err, FSReqCallback.prototype.oncomplete);
      callback(err);
      return;
    }
    if (this.transform !== undefined) {
      let value;
      try {
        value = this.transform(result);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, value);
    } else if (result === undefined) {
      callback(null);
    } else {
      callback(null, result);
    }
  }
}

// Starts an asynchronous binding call; a failure to even start (a
// negative return) reaches the callback on the next tick.
function callAsync(ret, req) {
  if (typeof ret === 'number' && ret < 0) {
    process.nextTick(() => req.oncomplete(ret));
  }
}

// --- callbacks ------------------------------------------------------------------------

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// --- paths ------------------------------------------------------------------------------

let urlModule;
function lazyUrl() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

function toPathIfFileURL(fileURLOrPath) {
  if (fileURLOrPath == null || typeof fileURLOrPath !== 'object' ||
      isArrayBufferView(fileURLOrPath)) {
    return fileURLOrPath;
  }
  const { isURL, fileURLToPath } = lazyUrl();
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function nullCheck(path, propName, throwError = true) {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = !pathIsString && path instanceof Uint8Array;
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return undefined;
  }
  const err = new ERR_INVALID_ARG_VALUE(
    propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
}

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName);
}

// A path argument as the binding takes it: a string or a Uint8Array, from a
// string, Buffer or file: URL.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// --- flags and modes ----------------------------------------------------------------------

// 'r', 'w+', 'ax', ... (or a number) as open(2) flags.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A file mode: a number, or an octal string ('755').
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes, checked as node's binding checks them.
function getValidMode(mode, type) {
  const max = type === 'copyFile' ?
    (COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE) :
    (F_OK | R_OK | W_OK | X_OK);
  if (mode == null) return 0;
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!(mode >= 0 && mode <= max)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return Math.trunc(mode);
}

function validateUid(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
}

// --- encodings and options -------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Options given as an encoding string or an object, with node's checks.
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// The binding returns UTF-8 strings for 'utf8' and bytes otherwise; this
// gives the caller the encoding it asked for.
function encodeResult(value, encoding) {
  if (typeof value === 'string' || value == null) return value;
  const buf = Buffer.from(value);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function bindingEncoding(encoding) {
  return encoding == null || encoding === 'utf8' || encoding === 'utf-8' ? undefined : encoding;
}

// A string for `data` in `encoding` (hex needs an even length).
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// --- offsets, lengths, positions, buffers --------------------------------------------------

function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// --- times ----------------------------------------------------------------------------------

// A time as seconds since the epoch: a Date, a number of seconds or a
// numeric string.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- symlink types ----------------------------------------------------------------------

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default: throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return flags;
}

// --- Stats ---------------------------------------------------------------------------------

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSec = 1000;
const kNsPerMs = 1e6;

function msFromTimeSpec(sec, nsec) { return sec * kMsPerSec + nsec / kNsPerMs; }
function nsFromTimeSpecBigInt(sec, nsec) { return sec * kNsPerSecBigInt + nsec; }
function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

// Shared by Stats and BigIntStats: the type tests.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  // StatsBase's fields, assigned here (same order) to keep the hot
  // statSync path free of an arguments array and a reflective call.
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Reflect.apply(StatsBase, this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// node:fs's own read(), set by lib/fs.js: fs.ReadStream reads through the
// binding directly only while its fs is the real one, unpatched.
const fsReadImpl = { fn: null };

// The array synchronous stat calls fill (binding.stat(path, false,
// undefined, statValues)), read by syncStats right away.
const statValues = new Float64Array(18);

// The result of binding.stat/lstat(path, false, undefined, statValues): a
// Stats, or the errno (a number) as it came.
function syncStats(result) {
  if (result !== statValues) return result;
  return getStatsFromBinding(statValues);
}

// Stats from the binding's 18-element array (see fs.cc: 10 fields, then
// seconds/nanoseconds pairs of atime, mtime, ctime, birthtime).
// `offset` picks the second of two stat records (StatWatcher's previous).
function getStatsFromBinding(s, offset = 0) {
  const o = offset;
  if (s instanceof BigInt64Array) {
    return new BigIntStats(
      s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7], s[o + 8],
      s[o + 9],
      nsFromTimeSpecBigInt(s[o + 10], s[o + 11]), nsFromTimeSpecBigInt(s[o + 12], s[o + 13]),
      nsFromTimeSpecBigInt(s[o + 14], s[o + 15]), nsFromTimeSpecBigInt(s[o + 16], s[o + 17]));
  }
  return new Stats(
    s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7], s[o + 8],
    s[o + 9],
    msFromTimeSpec(s[o + 10], s[o + 11]), msFromTimeSpec(s[o + 12], s[o + 13]),
    msFromTimeSpec(s[o + 14], s[o + 15]), msFromTimeSpec(s[o + 16], s[o + 17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

// --- Dirent --------------------------------------------------------------------------------

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent whose type came from lstat (the file system did not say).
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Reflect.ownKeys(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

function joinPath(dir, name) {
  if (typeof dir === 'string' && typeof name === 'string') {
    return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
  }
  const d = Buffer.from(dir);
  const n = Buffer.from(name);
  if (d.length > 0 && d[d.length - 1] === 0x2f) return Buffer.concat([d, n]);
  return Buffer.concat([d, Buffer.from('/'), n]);
}

// The Dirent for a binding entry; an unknown type is settled by lstat
// (`lstat(path)` returns the Stats or throws).
function direntFor(path, name, type, lstat) {
  if (type === UV_DIRENT_UNKNOWN) {
    return new DirentFromStats(name, lstat(joinPath(path, name)), path);
  }
  return new Dirent(name, type, path);
}

// readdir(withFileTypes) entries from the binding's [names, types].
function getDirentsSync(path, names, types, lstatSync) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = direntFor(path, names[i], types[i], lstatSync);
  return out;
}

function getDirents(path, names, types, lstat, callback) {
  const out = new Array(names.length);
  let pending = 0;
  let failed = false;
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      out[i] = new Dirent(names[i], types[i], path);
      continue;
    }
    pending++;
    lstat(joinPath(path, names[i]), (err, stats) => {
      if (failed) return;
      if (err) {
        failed = true;
        callback(err);
        return;
      }
      out[i] = new DirentFromStats(names[i], stats, path);
      if (--pending === 0) callback(null, out);
    });
  }
  if (pending === 0) callback(null, out);
}

// --- rm / rmdir options ---------------------------------------------------------------------

const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function eisdirError(path) {
  const { EISDIR } = internalBinding('constants').os.errno;
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: EISDIR,
  });
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

module.exports = {
  BigIntStats,
  Dirent,
  DirentFromStats,
  FSReqCallback,
  StatFs,
  Stats,
  assertEncoding,
  bindingEncoding,
  callAsync,
  check,
  checkJob,
  codedError,
  copyObject,
  defaultRmOptions,
  direntFor,
  eisdirError,
  emitRecursiveRmdirWarning,
  encodeResult,
  fsConstants,
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
  joinPath,
  kEmptyObject,
  kIoMaxLength,
  kValidateObjectAllowNullable,
  makeCallback,
  maybeCallback,
  nullCheck,
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
};
