// eddy: fs.cp, fs.cpSync and fs.promises.cp: copy a file, link or (with
// `recursive`) a directory tree, with node's options (force, errorOnExist,
// filter, dereference, preserveTimestamps, verbatimSymlinks, mode) and its
// ERR_FS_CP_* errors.
//
// The walk is written once, as a generator that yields the file-system
// operations it needs (`yield op('lstat', path)`); the synchronous driver
// runs each with the *Sync call, the asynchronous one awaits fs.promises
// (and an async filter). Relative link targets become absolute unless
// verbatimSymlinks, as node does.
'use strict';

const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');

const { errno: { EEXIST, EINVAL, EISDIR, ENOTDIR } } = internalBinding('constants').os;

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// A context for node's cp SystemErrors, keys in node's order.
function ctx(message, path, errno, code) {
  return { message, path, syscall: 'cp', errno, code };
}

function op(name, ...args) { return { name, args }; }

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

// Whether `dest` lies inside (or is) `src`.
function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function* checkPaths(src, dest, opts) {
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield op(statName, src, { bigint: true });
  const destStat = yield op(`${statName}OrUndefined`, dest, { bigint: true });
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL(ctx('src and dest cannot be the same', dest, EINVAL, 'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(ctx(
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(ctx(
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  return { srcStat, destStat };
}

// Refuses a dest whose ancestors include src itself (through links).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  const destStat = yield op('statOrUndefined', destParent, { bigint: true });
  if (destStat === undefined) return;
  if (areIdentical(srcStat, destStat)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield op(opts.dereference ? 'stat' : 'lstat', src);
  if (srcStat.isDirectory() && opts.recursive) {
    yield* onDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR(ctx(`${src} is a directory (not copied)`, src, EINVAL, 'EISDIR'));
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* onFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* onLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw new ERR_FS_CP_SOCKET(ctx(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  } else if (srcStat.isFIFO()) {
    throw new ERR_FS_CP_FIFO_PIPE(ctx(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  } else {
    throw new ERR_FS_CP_UNKNOWN(ctx(
      `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield op('unlink', dest);
    } else {
      if (opts.errorOnExist) {
        throw new ERR_FS_CP_EEXIST(ctx(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
      }
      return;
    }
  }
  yield op('copyFile', src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only source makes a read-only copy: writable first, to set times.
    if ((srcStat.mode & 0o200) === 0) yield op('chmod', dest, srcStat.mode | 0o200);
    const updated = yield op('stat', src);
    yield op('utimes', dest, updated.atime, updated.mtime);
  }
  yield op('chmod', dest, srcStat.mode);
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield op('mkdir', dest);
    yield* copyDir(src, dest, opts);
    yield op('chmod', dest, srcStat.mode);
    return;
  }
  yield* copyDir(src, dest, opts);
}

function* copyDir(src, dest, opts) {
  const names = yield op('readdir', src);
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    if (opts.filter && !(yield op('filter', srcItem, destItem))) continue;
    const { destStat } = yield* checkPaths(srcItem, destItem, opts);
    yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield op('readlink', src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) {
    yield op('symlink', resolvedSrc, dest);
    return;
  }
  let resolvedDest = yield op('readlinkOrUndefined', dest);
  if (resolvedDest === undefined) {
    yield op('symlink', resolvedSrc, dest);
    return;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL,
      'EINVAL'));
  }
  const destTarget = yield op('stat', dest);
  if (destTarget.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY(ctx(
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL'));
  }
  yield op('unlink', dest);
  yield op('symlink', resolvedSrc, dest);
}

function* copyRoot(src, dest, opts) {
  if (opts.filter && !(yield op('filter', src, dest))) return;
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts);
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = pathModule.dirname(dest);
  if (!(yield op('exists', destParent))) yield op('mkdirp', destParent);
  yield* copyEntry(destStat, src, dest, opts);
}

// --- drivers ---------------------------------------------------------------------------

function lazyFs() { return require('fs'); }

function isPromise(v) { return v instanceof Promise; }

function runSync(name, args, opts) {
  const fs = lazyFs();
  switch (name) {
    case 'filter': {
      const ok = opts.filter(...args);
      if (isPromise(ok)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', ok);
      return ok;
    }
    case 'statOrUndefined': return fs.statSync(args[0], { ...args[1], throwIfNoEntry: false });
    case 'lstatOrUndefined': return fs.lstatSync(args[0], { ...args[1], throwIfNoEntry: false });
    case 'readlinkOrUndefined':
      try {
        return fs.readlinkSync(args[0]);
      } catch (err) {
        if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return undefined;
        throw err;
      }
    case 'exists': return fs.existsSync(args[0]);
    case 'mkdirp': return fs.mkdirSync(args[0], { recursive: true });
    case 'readdir': return fs.readdirSync(args[0]);
    default: return fs[`${name}Sync`](...args);
  }
}

async function runAsync(name, args, opts) {
  const fsp = lazyFs().promises;
  switch (name) {
    case 'filter': return opts.filter(...args);
    case 'statOrUndefined':
    case 'lstatOrUndefined':
      try {
        return await fsp[name === 'statOrUndefined' ? 'stat' : 'lstat'](args[0], args[1]);
      } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      }
    case 'readlinkOrUndefined':
      try {
        return await fsp.readlink(args[0]);
      } catch (err) {
        if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return undefined;
        throw err;
      }
    case 'exists':
      try {
        await fsp.access(args[0]);
        return true;
      } catch {
        return false;
      }
    case 'mkdirp': return fsp.mkdir(args[0], { recursive: true });
    default: return fsp[name](...args);
  }
}

function drive(gen, run) {
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = run(next.value.name, next.value.args);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

async function driveAsync(gen, run) {
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = await run(next.value.name, next.value.args);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  drive(copyRoot(src, dest, opts), (name, args) => runSync(name, args, opts));
}

// The promise form (fs.promises.cp; fs.cp calls back from it). Argument
// errors reject.
async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await driveAsync(copyRoot(src, dest, opts), (name, args) => runAsync(name, args, opts));
}

module.exports = {
  cp,
  cpSync,
  validateCpOptions,
};
