// eddy: node:path. POSIX semantics, written to node's documented behaviour
// (normalisation of '.', '..' and repeated slashes; resolve against cwd).
// path.win32 follows Windows rules (see below).
'use strict';

const { validateString, validateObject } = require('internal/validators');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function isPosixSep(code) { return code === 47; }

// Resolves '.' and '..' segments; `allowAboveRoot` keeps leading '..'.

function normalizeString(path, allowAboveRoot, separator = '/', isSepFn = isPosixSep) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSepFn(code)) break;
    else code = 47;  // a virtual separator ends the last segment
    if (isSepFn(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // empty segment or '.'
      } else if (dots === 2) {
        if (res.length < 2 || lastSegmentLength !== 2 ||
            res.charCodeAt(res.length - 1) !== 46 ||
            res.charCodeAt(res.length - 2) !== 46) {
          if (res.length > 2) {
            const lastSlashIndex = res.lastIndexOf(separator);
            if (lastSlashIndex === -1) {
              res = '';
              lastSegmentLength = 0;
            } else {
              res = res.slice(0, lastSlashIndex);
              lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? `${separator}..` : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (res.length > 0) res += `${separator}${path.slice(lastSlash + 1, i)}`;
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === 47;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === 47;
    const trailingSeparator = path.charCodeAt(path.length - 1) === 47;
    path = normalizeString(path, !isAbsolute);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === 47) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === 47) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 47) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 47) {
        out += out.length === 0 ? '..' : '/..';
      }
    }
    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) { return path; },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'ext');
    validateString(path, 'path');
    let start = 0;
    let end = -1;
    let matchedSlash = true;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= 0; --i) {
        const code = path.charCodeAt(i);
        if (code === 47) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i;
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= 0; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    let preDotState = 0;
    for (let i = path.length - 1; i >= 0; --i) {
      const code = path.charCodeAt(i);
      if (code === 47) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === 46) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
      return '';
    }
    return path.slice(startDot, end);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base ||
      `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === 47;
    let start;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    } else {
      start = 0;
    }
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    let i = path.length - 1;
    let preDotState = 0;
    for (; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (code === 47) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === 46) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (end !== -1) {
      const start2 = startPart === 0 && isAbsolute ? 1 : startPart;
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(start2, end);
      } else {
        ret.name = path.slice(start2, startDot);
        ret.base = path.slice(start2, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob() { throw new ERR_NOT_IMPLEMENTED('path.matchesGlob()'); },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong(path) { return path; },
};

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// path.win32. Windows path rules, checked against node's results: '\' and '/'
// both separate, a root is a drive ('C:' or 'C:\'), a UNC share
// ('\\server\share\'), or a lone leading separator.
const BSLASH = 92;
const COLON = 58;

function isWinSep(code) { return code === 47 || code === BSLASH; }

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === COLON;
}

// Reads the root of a win32 path. Returns
//   device:    'C:' or '\\server\share' (separators written as '\'), or ''
//   absolute:  whether the root ends in a separator
//   length:    characters taken by the root, including one separator after
//              a drive or share
//   shareOnly: the whole path is '\\server\share' with nothing after it
// With `namespaces`, as resolve() and normalize() read paths, a '?' or '.'
// server makes the root just '\\?' or '\\.'.
function winRoot(path, namespaces = false) {
  const len = path.length;
  const root = { device: '', absolute: false, length: 0, shareOnly: false };
  if (len === 0) return root;
  if (isWinSep(path.charCodeAt(0))) {
    root.absolute = true;
    root.length = 1;
    if (len < 2 || !isWinSep(path.charCodeAt(1))) return root;
    // Two leading separators: '\\server\share' when both names are there.
    let i = 2;
    while (i < len && !isWinSep(path.charCodeAt(i))) i++;
    const server = path.slice(2, i);
    if (server.length === 0 || i === len) return root;
    while (i < len && isWinSep(path.charCodeAt(i))) i++;
    if (i === len) return root;
    const shareStart = i;
    while (i < len && !isWinSep(path.charCodeAt(i))) i++;
    if (namespaces && (server === '?' || server === '.')) {
      // '\\?\...' and '\\.\...': the device prefix is the root and all
      // after it is an ordinary absolute tail.
      root.device = `\\\\${server}`;
      root.length = 3;
      return root;
    }
    root.device = `\\\\${server}\\${path.slice(shareStart, i)}`;
    if (i === len) {
      root.length = len;
      root.shareOnly = true;
    } else {
      root.length = i + 1;
    }
    return root;
  }
  if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.length = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.length = 3;
    }
  }
  return root;
}

// DOS device names that Windows treats specially before a ':'.
const reservedDeviceNames = new Set(['CON', 'PRN', 'AUX', 'NUL']);
for (const stem of ['COM', 'LPT']) {
  for (const n of '123456789\u00b9\u00b2\u00b3') reservedDeviceNames.add(stem + n);
}

// A relative result must not read as something rooted ('C:x', 'a:'), so such
// results get a leading '.\'. Mirrors node's guard for relative inputs with ':'.
function needsDotPrefix(path, tail) {
  if (hasDrive(tail)) return true;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWinSep(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

function winTail(rest, absolute) {
  return normalizeString(rest, !absolute, '\\', isWinSep);
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
        if ((args.length === 0 ||
             (args.length === 1 && (args[0] === '' || args[0] === '.'))) &&
            isWinSep(path.charCodeAt(0))) {
          return path.replace(/\//g, '\\');
        }
      } else {
        // The per-drive cwd Windows keeps in the '=C:' variables, if any.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === BSLASH)) {
          path = `${device}\\`;
        }
      }
      const root = winRoot(path, true);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.length)}\\${tail}`;
        absolute = root.absolute || root.shareOnly;
        if (absolute && device.length > 0) break;
      }
    }
    tail = winTail(tail, absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const root = winRoot(path, true);
    if (root.shareOnly) return `${root.device}\\`;
    const trailingSep = isWinSep(path.charCodeAt(len - 1));
    let device = root.device;
    let rootLength = root.length;
    if (device === '' && !root.absolute) {
      // Node reads the name before the first ':' (all but the last character
      // when there is no ':') and, for a reserved name, keeps it as a prefix.
      const colon = path.indexOf(':');
      if (reservedDeviceNames.has(path.slice(0, colon).toUpperCase())) {
        device = path.slice(0, colon + 1);
        rootLength = colon + 1;
        let tail = rootLength < len ? winTail(path.slice(rootLength), false) : '';
        if (tail.length === 0) tail = '.';
        if (trailingSep) tail += '\\';
        return `.\\${device}${tail}`;
      }
    }
    let tail = rootLength < len ? winTail(path.slice(rootLength), root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && trailingSep) tail += '\\';
    if (device === '') {
      if (root.absolute) return `\\${tail}`;
      if (path.includes(':') && needsDotPrefix(path, tail)) return `.\\${tail}`;
      return tail;
    }
    return root.absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    if (isWinSep(path.charCodeAt(0))) return true;
    return len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
    if (joined === undefined) return '.';
    // Leading separators collapse to one unless the first argument itself
    // begins like a UNC path (exactly two separators, then a name).
    const keepsUNC = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!keepsUNC && isWinSep(first.charCodeAt(0))) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromFull = win32.resolve(from);
    const toFull = win32.resolve(to);
    if (fromFull === toFull) return '';
    const fromLower = fromFull.toLowerCase();
    const toLower = toFull.toLowerCase();
    if (fromLower === toLower) return '';
    // Walk both resolved paths (leading and trailing '\' trimmed) in step,
    // ignoring case, remembering the last '\' they share. Node's quirks at
    // the ends are kept: a drive root ('c:') counts as a shared directory,
    // and a name that is a prefix of the other is treated as shared.
    let fromStart = 0;
    while (fromStart < fromLower.length && fromLower.charCodeAt(fromStart) === BSLASH) fromStart++;
    let fromEnd = fromLower.length;
    while (fromEnd - 1 > fromStart && fromLower.charCodeAt(fromEnd - 1) === BSLASH) fromEnd--;
    let toStart = 0;
    while (toStart < toLower.length && toLower.charCodeAt(toStart) === BSLASH) toStart++;
    let toEnd = toLower.length;
    while (toEnd - 1 > toStart && toLower.charCodeAt(toEnd - 1) === BSLASH) toEnd--;
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const shorter = Math.min(fromLen, toLen);
    let shared = -1;
    let i = 0;
    while (i < shorter) {
      const code = fromLower.charCodeAt(fromStart + i);
      if (code !== toLower.charCodeAt(toStart + i)) break;
      if (code === BSLASH) shared = i;
      i++;
    }
    if (i < shorter) {
      if (shared === -1) return toFull;
    } else {
      if (toLen > shorter) {
        if (toLower.charCodeAt(toStart + i) === BSLASH) return toFull.slice(toStart + i + 1);
        if (i === 2) return toFull.slice(toStart + i);
      }
      if (fromLen > shorter) {
        if (fromLower.charCodeAt(fromStart + i) === BSLASH) shared = i;
        else if (i === 2) shared = 3;
      }
      if (shared === -1) shared = 0;
    }
    // One '..' per name of `from` after the shared part.
    let ups = '';
    for (let k = fromStart + shared + 1; k <= fromEnd; ++k) {
      if (k === fromEnd || fromLower.charCodeAt(k) === BSLASH) ups += ups.length === 0 ? '..' : '\\..';
    }
    let rest = toStart + shared;
    if (ups.length > 0) return `${ups}${toFull.slice(rest, toEnd)}`;
    if (toFull.charCodeAt(rest) === BSLASH) rest++;
    return toFull.slice(rest, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const full = win32.resolve(path);
    if (full.length <= 2) return path;
    if (full.charCodeAt(0) === BSLASH && full.charCodeAt(1) === BSLASH) {
      const third = full.charCodeAt(2);
      if (third !== 63 && third !== 46) return `\\\\?\\UNC\\${full.slice(2)}`;
    } else if (hasDrive(full) && full.charCodeAt(2) === BSLASH) {
      return `\\\\?\\${full}`;
    }
    return full;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const root = winRoot(path);
    if (root.shareOnly) return path;
    let end = -1;
    let inTrailingSeps = true;
    for (let i = len - 1; i >= root.length; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!inTrailingSeps) {
          end = i;
          break;
        }
      } else {
        inTrailingSeps = false;
      }
    }
    if (end === -1) {
      if (root.length === 0) return '.';
      end = root.length;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'ext');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix === path) return '';
    const from = hasDrive(path) ? 2 : 0;
    const { start, end } = lastName(path, from, isWinSep);
    const base = path.slice(start, end);
    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
    if (base.length > suffix.length && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    // Node's quirk: when the name is only the tail end of a longer suffix
    // (or there is no name), the trailing separators stay in the result.
    if (suffix.length > base.length && suffix.endsWith(base)) return path.slice(start);
    return base;
  },

  extname(path) {
    validateString(path, 'path');
    const info = splitName(path, hasDrive(path) ? 2 : 0, isWinSep);
    return info.end === -1 ? '' : path.slice(info.extStart, info.end);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base ||
      `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const root = winRoot(path);
    let rootEnd = root.length;
    if (len === 1 || (root.device !== '' && rootEnd === len)) {
      // Nothing but a root (or a single character).
      if (len === 1 && !isWinSep(path.charCodeAt(0))) {
        ret.base = ret.name = path;
        return ret;
      }
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const info = splitName(path, rootEnd, isWinSep);
    if (info.end !== -1) {
      ret.base = path.slice(info.start, info.end);
      ret.name = path.slice(info.start, info.extStart);
      ret.ext = path.slice(info.extStart, info.end);
    }
    if (info.start > 0 && info.start !== rootEnd) ret.dir = path.slice(0, info.start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob() { throw new ERR_NOT_IMPLEMENTED('path.matchesGlob()'); },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong(path) { return win32.toNamespacedPath(path); },
};

// The last name in `path` at or after `from`, trailing separators ignored.
function lastName(path, from, isSepFn) {
  let end = path.length;
  while (end > from && isSepFn(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSepFn(path.charCodeAt(start - 1))) start--;
  return { start, end };
}

// Locates the last name at or after `from` and its extension: the part from
// its last '.', unless that dot starts the name (possibly after more dots,
// as in '..'), in which case there is no extension and extStart === end.
// end is -1 when there is no name.
function splitName(path, from, isSepFn) {
  let end = path.length;
  while (end > from && isSepFn(path.charCodeAt(end - 1))) end--;
  if (end === from) return { start: from, end: -1, extStart: -1 };
  let start = end;
  while (start > from && !isSepFn(path.charCodeAt(start - 1))) start--;
  const name = path.slice(start, end);
  const dot = name.lastIndexOf('.');
  let extStart = end;
  if (dot > 0 && name !== '..') {
    // A name made only of dots before its last dot ('..x'?) still has one
    // unless everything before the dot is dots and the dot is last ('..').
    extStart = start + dot;
  }
  return { start, end, extStart };
}

win32.win32 = win32;
win32.posix = posix;
posix.win32 = win32;
posix.posix = posix;

module.exports = posix;
