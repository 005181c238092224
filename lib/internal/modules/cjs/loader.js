// eddy: the CommonJS loader (node's lib/internal/modules/cjs/loader.js):
// Module, require, resolution of relative/absolute paths with node's
// extension order, directories (package.json "main", index.*), node_modules
// lookup up to the root, NODE_PATH, built-ins by bare and node: names, the
// module wrapper with exact line/column numbers, and require.cache.
// package.json "exports"/"imports" and ES modules come with the module-system
// issue.
'use strict';

const { BuiltinModule, requireBuiltin } = require('internal/bootstrap/realm');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_NOT_IMPLEMENTED },
  uvException,
} = require('internal/errors');
const { validateString } = require('internal/validators');
const path = require('path');
const packageJson = require('internal/modules/package_json_reader');
// package "exports"/"imports" resolution, loaded when a package needs it.
let esmResolveModule;
const esmResolve = {
  get packageExportsResolve() { return lazyResolve().packageExportsResolve; },
  get packageImportsResolve() { return lazyResolve().packageImportsResolve; },
  get selfResolve() { return lazyResolve().selfResolve; },
};
function lazyResolve() {
  if (esmResolveModule === undefined) esmResolveModule = require('internal/modules/esm/resolve');
  return esmResolveModule;
}

const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const { runGuarded } = internalBinding('errors');

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// Built-ins that exist only with the node: prefix.
const schemelessBlockList = new Set(['test', 'test/reporters', 'sea']);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(id.slice(5));
  return BuiltinModule.canBeRequiredByUsers(id) && !schemelessBlockList.has(id);
}

const builtinModules = BuiltinModule.getCanBeRequiredByUsersIds()
  .filter((id) => !schemelessBlockList.has(id));

function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', {
    value: parent, writable: true, configurable: true, enumerable: false,
  });
  updateChildren(parent, this, false);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.Module = Module;

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrapper = wrapper;
Module.wrap = function wrap(script) { return wrapper[0] + script + wrapper[1]; };

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '/';
    paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
  }
  if (paths[paths.length - 1] !== '/node_modules') paths.push('/node_modules');
  return paths;
};

function initPaths() {
  const home = process.env.HOME;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }
  Module.globalPaths = paths;
}

// --- package.json ------------------------------------------------------------

function readPackage(dir) {
  const pkg = packageJson.read(path.resolve(dir, 'package.json'));
  return pkg.exists ? pkg : false;
}

// --- resolution ------------------------------------------------------------------

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  return toRealPath(requestPath);
}

function toRealPath(requestPath) {
  const real = fsBinding.realpath(requestPath);
  return typeof real === 'string' ? real : requestPath;
}

function tryExtensions(p, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(p + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(
        `Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  const exts = Object.keys(Module._extensions);
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

const kCjsConditions = new Set(['require', 'node', 'node-addons']);

// `pkg/sub` under a node_modules directory whose package.json has
// "exports": resolve through it (the file must then exist).
function resolveExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return false;
  const pkgDir = path.resolve(nmPath, m[1]);
  const pkg = packageJson.read(`${pkgDir}/package.json`);
  if (!pkg.exists || pkg.exports === undefined || pkg.exports === null) return false;
  const resolved = esmResolve.packageExportsResolve(
    `${pkgDir}/`, `.${m[2] || ''}`, pkg.exports, undefined, kCjsConditions);
  return finalizeExportsPath(resolved, request);
}

function finalizeExportsPath(resolved, request) {
  const actual = tryFile(resolved) ||
    (path.extname(resolved) === '' && tryExtensions(resolved, Object.keys(Module._extensions)));
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// `#name` through the nearest package.json "imports" (CommonJS conditions).
function resolveImports(request, parent) {
  const parentPath = parent && parent.filename ? parent.filename : `${process.cwd()}/[eval]`;
  const pkg = packageJson.findParent(path.dirname(parentPath));
  if (pkg === undefined || pkg.imports === undefined || pkg.imports === null) return false;
  const r = esmResolve.packageImportsResolve(request, parentPath, parentPath, kCjsConditions);
  if (typeof r === 'object') return Module._resolveFilename(r.bare, parent, false);
  return finalizeExportsPath(r, request);
}

// A package requiring itself by name, through its own "exports".
function resolveSelf(request, parent) {
  if (!parent || !parent.filename) return false;
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return false;
  const pkg = packageJson.findParent(path.dirname(parent.filename));
  if (pkg === undefined || pkg.name !== m[1] || pkg.exports === undefined ||
      pkg.exports === null) {
    return false;
  }
  const r = esmResolve.selfResolve(m[1], `.${m[2] || ''}`, parent.filename, undefined, kCjsConditions);
  return r === undefined ? false : finalizeExportsPath(r, request);
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = Module.globalPaths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(paths);
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request[0] === '#') {
    const r = resolveImports(request, parent);
    if (r) return r;
  } else if (request[0] !== '.' && request[0] !== '/') {
    const r = resolveSelf(request, parent);
    if (r) return r;
  }
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        const lookup = Module._resolveLookupPaths(request, fake);
        for (const q of lookup) if (!paths.includes(q)) paths.push(q);
      }
    }
  } else if (options === undefined || options === null || options.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// --- loading -----------------------------------------------------------------------

Module._load = function _load(request, parent, isMain) {
  if (typeof request === 'string' && request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.exports;
  }
  if (isBuiltin(filename)) return requireBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    setMain(module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  runGuarded(() => module.load(filename), () => {
    delete Module._cache[filename];
    if (parent !== undefined && parent !== null) {
      const children = parent.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  });
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  let fn = this._compiled;
  if (fn !== undefined) {
    this._compiled = undefined;
  } else {
    fn = compileCjs(content, filename);
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return Reflect.apply(fn, exports, [exports, require, this, filename, dirname]);
};

function readSource(filename) {
  const content = fsBinding.readFileUtf8(filename);
  if (typeof content === 'number') {
    throw uvException({ errno: content, syscall: 'open', path: filename });
  }
  return content;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const pkg = packageJson.findParent(path.dirname(filename));
  const type = pkg === undefined ? 'none' : pkg.type;
  if (filename.endsWith('.js') && type === 'module') {
    module.exports = lazyEsm().requireESM(filename, module.parent);
    return;
  }
  const source = readSource(filename);
  if (type === 'none' && filename.endsWith('.js')) {
    // Like node 22: a .js file in no "type" package that only parses as an
    // ES module is loaded as one.
    let compiled;
    try {
      compiled = compileCjs(source, filename);
    } catch (err) {
      if (!lazyEsm().isESMSyntaxError(err)) throw err;
      detected.set(filename, true);
      module.exports = lazyEsm().requireESM(filename, module.parent);
      return;
    }
    module._compiled = compiled;
  }
  module._compile(source, filename);
};

Module._extensions['.mjs'] = function loadMjs(module, filename) {
  module.exports = lazyEsm().requireESM(filename, module.parent);
};

Module._extensions['.cjs'] = function loadCjs(module, filename) {
  module._compile(readSource(filename), filename);
};

// import(x, { with: { type: 'json' } }) needs a rewrite on SpiderMonkey 102
// (see esm/loader.js); only sources that could contain it pay for the check.
function withDynamicImportAttributes(source) {
  if (!source.includes('import(') || (!source.includes('with') && !source.includes('assert'))) {
    return source;
  }
  return lazyEsm().rewriteDynamicImportAttributes(source);
}

// The module wrapper function for `source`; a source with syntax the
// engine cannot parse (import(spec, options), v-flag regexps) is tried
// again with it rewritten (esm/loader).
function compileCjs(source, filename) {
  const text = withDynamicImportAttributes(source);
  try {
    return compileFunction(text, filename, kWrapperParams, true);
  } catch (err) {
    return lazyEsm().recompileAfterSyntaxError(
      (t) => compileFunction(t, filename, kWrapperParams, true), text, err);
  }
}

let esmLoader;
function lazyEsm() {
  if (esmLoader === undefined) esmLoader = require('internal/modules/esm/loader');
  return esmLoader;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  throw new ERR_NOT_IMPLEMENTED(`Native addons (Node-API) such as '${filename}'`);
};

// --- require() ------------------------------------------------------------------

function makeRequireFunction(mod) {
  const require = function require(path) { return mod.require(path); };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setMainOn(require);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

let mainModule;
const requires = [];
function setMain(module) {
  mainModule = module;
  process.mainModule = module;
  for (const r of requires) r.main = module;
}
function setMainOn(require) {
  require.main = mainModule;
  if (mainModule === undefined) requires.push(require);
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = filename.href;
  }
  if (typeof filepath === 'string' && filepath.startsWith('file://')) {
    filepath = decodeURIComponent(filepath.slice(7));
  }
  if (typeof filepath !== 'string' || !path.isAbsolute(filepath)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
                                    'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// The main entry: an ES module for .mjs, a .js or extensionless file in a
// "type": "module" package (npm bin scripts such as typescript's tsc), or a
// .js file in no "type" package that only parses as ESM; CommonJS otherwise.
Module.runMain = function runMain(main = process.argv[1]) {
  // node leaves a name that looks like a flag (after `--`) unresolved.
  const resolved = main.startsWith('-') ? main : path.resolve(main);
  process.argv[1] = resolved;
  const filename = Module._resolveFilename(resolved, null, true);
  if (shouldRunAsESM(filename)) {
    lazyEsm().runMainESM(filename);
    return;
  }
  Module._load(resolved, null, true);
};

function shouldRunAsESM(filename) {
  if (filename.endsWith('.mjs')) return true;
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '') return false;
  const pkg = packageJson.findParent(path.dirname(filename));
  const type = pkg === undefined ? 'none' : pkg.type;
  if (type === 'module') return true;
  if (ext === '') return false;
  if (type === 'commonjs') return false;
  return detectESMSyntax(filename);
}

// Whether a .js file in a package with no "type" only parses as an ES module
// (node 22's detection); remembered per file.
const detected = new Map();
function detectESMSyntax(filename) {
  let r = detected.get(filename);
  if (r !== undefined) return r;
  const text = fsBinding.readFileUtf8(filename);
  r = false;
  if (typeof text === 'string') {
    try {
      compileFunction(text, filename, kWrapperParams, true);
    } catch (err) {
      r = lazyEsm().isESMSyntaxError(err);
    }
  }
  detected.set(filename, r);
  return r;
}

Module._initPaths = initPaths;
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Only built-ins already imported as ES modules have bindings to update.
  if (esmLoader !== undefined) esmLoader.syncBuiltinESMExports();
};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  throw new ERR_NOT_IMPLEMENTED('module.register()');
};

initPaths();

module.exports = { Module, isBuiltin, builtinModules, detectESMSyntax };
void ERR_INVALID_ARG_TYPE;
