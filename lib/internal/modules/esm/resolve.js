// eddy: module resolution shared by both systems: package.json "exports"
// and "imports" (condition objects, subpath patterns with `*`, null targets,
// node's error codes), and the ES module resolver (URLs, no extension
// guessing, no directory imports). Written from node's documented algorithm
// (the "Resolution Algorithm Specification" in the ESM docs).
'use strict';

const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_MODULE_NOT_FOUND,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');
const packageJson = require('internal/modules/package_json_reader');
const path = require('path');
const fsBinding = internalBinding('fs');

// --- file URLs (only what module loading needs) -----------------------------

function pathToFileURL(p) {
  let href = encodeURI(p).replace(/\?/g, '%3F').replace(/#/g, '%23');
  if (p.endsWith('/') && !href.endsWith('/')) href += '/';
  return `file://${href}`;
}

function fileURLToPath(url) {
  if (!url.startsWith('file://')) return url;
  let rest = url.slice(7);
  if (!rest.startsWith('/')) {
    const slash = rest.indexOf('/');
    rest = slash === -1 ? '/' : rest.slice(slash);  // file://localhost/x
  }
  const q = rest.search(/[?#]/);
  if (q !== -1) rest = rest.slice(0, q);
  return decodeURIComponent(rest);
}

function stat(p) { return fsBinding.internalModuleStat(p); }

// --- exports / imports targets -------------------------------------------------

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function isConditionalExportsMainSugar(exports, pkgPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditional = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditional = curIsConditional;
    } else if (isConditional !== curIsConditional) {
      throw new ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function invalidTarget(pkgPath, subpath, target, internal, base) {
  return new ERR_INVALID_PACKAGE_TARGET(pkgPath, subpath, target, internal, base);
}

// Resolves one target to an absolute path, or null (no match). `pkgPath` is
// the package directory with a trailing slash.
function resolveTarget(pkgPath, target, subpath, key, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    if (subpath !== '' && !pattern && !target.endsWith('/')) {
      throw invalidTarget(pkgPath, key, target, internal, base);
    }
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/')) {
        // "#x": "dep" maps to a bare package.
        const spec = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
        return { bare: spec };
      }
      throw invalidTarget(pkgPath, key, target, internal, base);
    }
    if (invalidSegment.test(target.slice(2))) {
      throw invalidTarget(pkgPath, key, target, internal, base);
    }
    const resolved = path.resolve(pkgPath, target);
    if (!resolved.startsWith(pkgPath.slice(0, -1))) {
      throw invalidTarget(pkgPath, key, target, internal, base);
    }
    if (subpath === '') return resolved;
    if (invalidSegment.test(subpath)) {
      const request = pattern ? key.replace('*', () => subpath) : key + subpath;
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${internal ? 'imports' : 'exports'}" resolution of ${pkgPath}package.json`, base);
    }
    if (pattern) return resolved.replace(/\*/g, () => subpath);
    return resolved + subpath;
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let r;
      try {
        r = resolveTarget(pkgPath, t, subpath, key, base, pattern, internal, conditions);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (r === undefined) continue;
      if (r === null) {
        lastError = null;
        continue;
      }
      return r;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (/^\d+$/.test(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || conditions.has(k)) {
        const r = resolveTarget(pkgPath, target[k], subpath, key, base, pattern, internal, conditions);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgPath, key, target, internal, base);
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Shared matcher for "exports" subpaths and "imports" names.
function matchMap(map, name, pkgPath, base, internal, conditions) {
  if (Object.prototype.hasOwnProperty.call(map, name) && !name.includes('*')) {
    return { r: resolveTarget(pkgPath, map[name], '', name, base, false, internal, conditions) };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star !== -1 && name.startsWith(key.slice(0, star))) {
      const trailer = key.slice(star + 1);
      if (name.length >= key.length && name.endsWith(trailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
        bestMatch = key;
        bestSubpath = name.slice(star, name.length - trailer.length);
      }
    }
  }
  if (bestMatch) {
    return { r: resolveTarget(pkgPath, map[bestMatch], bestSubpath, bestMatch, base, true, internal, conditions) };
  }
  return undefined;
}

// Resolves `pkg/sub` through the package's "exports". Returns a path.
function packageExportsResolve(pkgPath, subpath, exports, base, conditions) {
  if (isConditionalExportsMainSugar(exports, pkgPath)) exports = { '.': exports };
  const m = matchMap(exports, subpath, pkgPath, base, false, conditions);
  if (m !== undefined && m.r !== null && m.r !== undefined) {
    if (typeof m.r === 'object') throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, subpath, base);
    return m.r;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, subpath, base);
}

// Resolves `#name` through the nearest package's "imports". Returns a path,
// or { bare } for a bare-package target.
function packageImportsResolve(name, parentPath, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const pkg = packageJson.findParent(path.dirname(parentPath), true);
  let pkgPath;
  if (pkg !== undefined) {
    pkgPath = pkg.path.slice(0, -'package.json'.length);
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      const m = matchMap(imports, name, pkgPath, base, true, conditions);
      if (m !== undefined && m.r !== null && m.r !== undefined) return m.r;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgPath, base);
}

// Splits `@scope/name/sub` into the package name and './sub'.
function parsePackageName(specifier, base) {
  let sep = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const packageName = sep === -1 ? specifier : specifier.slice(0, sep);
  if (packageName[0] === '.' || packageName.includes('\\') || packageName.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  return { packageName, packageSubpath: `.${sep === -1 ? '' : specifier.slice(sep)}`, isScoped };
}

// A package's own name resolves to itself through its "exports".
function selfResolve(packageName, packageSubpath, parentPath, base, conditions) {
  const pkg = packageJson.findParent(path.dirname(parentPath), true);
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null ||
      pkg.name !== packageName) {
    return undefined;
  }
  const pkgPath = pkg.path.slice(0, -'package.json'.length);
  return packageExportsResolve(pkgPath, packageSubpath, pkg.exports, base, conditions);
}

// --- the ES module resolver --------------------------------------------------------

const kEsmConditions = new Set(['node', 'import', 'node-addons']);

function finalizeResolution(resolved, base) {
  if (/%2f|%5c/i.test(resolved)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved,
      'must not include encoded "/" or "\\" characters', base);
  }
  const rc = stat(resolved.endsWith('/') ? resolved.slice(0, -1) : resolved);
  if (rc === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(resolved, base);
  if (rc !== 0) throw new ERR_MODULE_NOT_FOUND(resolved, base);
  const real = fsBinding.realpath(resolved);
  return typeof real === 'string' ? real : resolved;
}

function packageResolve(specifier, parentPath, base, conditions) {
  const { packageName, packageSubpath } = parsePackageName(specifier, base);
  const self = selfResolve(packageName, packageSubpath, parentPath, base, conditions);
  if (self !== undefined) return self;
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${packageName}`;
    if (stat(pkgDir) === 1) {
      const pkgPath = `${pkgDir}/`;
      const pkg = packageJson.read(`${pkgDir}/package.json`, true);
      if (pkg.exists && pkg.exports !== undefined && pkg.exports !== null) {
        return packageExportsResolve(pkgPath, packageSubpath, pkg.exports, base, conditions);
      }
      if (packageSubpath === '.') {
        // Legacy main: "main" or index.js, with CommonJS-style guessing.
        const candidates = [];
        if (pkg.exists && pkg.main) {
          const m = path.resolve(pkgDir, pkg.main);
          candidates.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`,
                          `${m}/index.json`, `${m}/index.node`);
        }
        candidates.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
        for (const c of candidates) if (stat(c) === 0) return c;
        throw new ERR_MODULE_NOT_FOUND(pkgDir, base);
      }
      return path.resolve(pkgDir, packageSubpath);
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw new ERR_MODULE_NOT_FOUND(packageName, base, 'package');
}

// Resolves `specifier` imported from `parentURL` to a URL string.
function resolve(specifier, parentURL, conditions = kEsmConditions) {
  const base = parentURL && parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
  if (specifier.startsWith('node:')) return specifier;
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const { isBuiltin } = require('internal/modules/cjs/loader');
  if (isBuiltin(specifier)) return `node:${specifier}`;
  void BuiltinModule;
  if (specifier.startsWith('data:')) return specifier;
  const parentPath = base && base.startsWith('/') ? base : `${process.cwd()}/[eval]`;
  let resolved;
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    let spec = specifier;
    const q = spec.search(/[?#]/);
    if (q !== -1) spec = spec.slice(0, q);
    resolved = specifier.startsWith('/') ? decodeURIComponent(spec) :
      path.resolve(path.dirname(parentPath), decodeURIComponent(spec)) +
        (spec.endsWith('/') ? '/' : '');
  } else if (specifier.startsWith('#')) {
    const r = packageImportsResolve(specifier, parentPath, base, conditions);
    if (typeof r === 'object') return resolve(r.bare, parentURL, conditions);
    resolved = r;
  } else {
    const m = /^([a-zA-Z][a-zA-Z\d+\-.]*):/.exec(specifier);
    if (m) {
      if (m[1] === 'file') {
        resolved = fileURLToPath(specifier);
      } else {
        throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(`${m[1]}:`, ['file', 'data', 'node']);
      }
    } else {
      resolved = packageResolve(specifier, parentPath, base, conditions);
    }
  }
  return pathToFileURL(finalizeResolution(resolved, base));
}

module.exports = {
  fileURLToPath,
  kEsmConditions,
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
  pathToFileURL,
  resolve,
  selfResolve,
};
