// eddy: package.json reading for both module systems: parsed once per file
// and cached, with the fields resolution needs (name, main, type, exports,
// imports), and the nearest package.json above a file or URL.
'use strict';

const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
const fsBinding = internalBinding('fs');

const cache = new Map();

// Returns { exists, name, main, type, exports, imports, path } or
// { exists: false }. `forEsm` reports a parse error as
// ERR_INVALID_PACKAGE_CONFIG (node's ESM wording); CommonJS reports it as a
// plain Error naming the file, as node 20 does.
function read(jsonPath, forEsm = false) {
  let entry = cache.get(jsonPath);
  if (entry !== undefined) {
    if (entry.error) throw forEsm ? entry.error.esm : entry.error.cjs;
    return entry;
  }
  const text = fsBinding.readFileUtf8(jsonPath);
  if (typeof text === 'number') {
    entry = { exists: false, path: jsonPath };
    cache.set(jsonPath, entry);
    return entry;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const cjs = new Error(`Error parsing ${jsonPath}: ${e.message}`);
    cjs.path = jsonPath;
    const esm = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, e.message);
    cache.set(jsonPath, { error: { cjs, esm } });
    throw forEsm ? esm : cjs;
  }
  const obj = parsed !== null && typeof parsed === 'object' ? parsed : {};
  entry = {
    exists: true,
    path: jsonPath,
    name: typeof obj.name === 'string' ? obj.name : undefined,
    main: typeof obj.main === 'string' ? obj.main : undefined,
    type: obj.type === 'module' || obj.type === 'commonjs' ? obj.type : 'none',
    exports: obj.exports,
    imports: obj.imports,
  };
  cache.set(jsonPath, entry);
  return entry;
}

// The nearest package.json at or above directory `dir`, stopping at a
// node_modules boundary as node does. Returns the entry or undefined.
function findParent(dir, forEsm = false) {
  let d = dir;
  for (;;) {
    if (d.endsWith('/node_modules')) return undefined;
    const entry = read(d === '/' ? '/package.json' : `${d}/package.json`, forEsm);
    if (entry.exists) return entry;
    if (d === '/' || d === '') return undefined;
    const i = d.lastIndexOf('/');
    d = i <= 0 ? '/' : d.slice(0, i);
  }
}

module.exports = { read, findParent };
