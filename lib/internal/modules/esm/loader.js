// eddy: the ES module loader. Keeps the module map (URL -> record), decides
// each URL's format (.mjs / "type": "module" / .cjs / .json / node: / data:),
// compiles ES modules through the module_wrap binding and makes synthetic
// modules for CommonJS, JSON and built-ins, answers the engine's resolve,
// import.meta and import() hooks, and runs an ES module main entry.
// Loading is synchronous (files are read with the sync fs binding), which is
// what SpiderMonkey 102's synchronous resolve hook needs; import() still
// settles asynchronously, as the language requires.
'use strict';

const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED,
    ERR_IMPORT_ASSERTION_TYPE_MISSING,
    ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT,
    ERR_INVALID_URL,
  },
  uvException,
  kArrowInStack,
} = require('internal/errors');
const moduleWrap = internalBinding('module_wrap');
const fsBinding = internalBinding('fs');
const { triggerUncaughtException } = internalBinding('errors');
const { resolve, fileURLToPath, pathToFileURL } = require('internal/modules/esm/resolve');
const packageJson = require('internal/modules/package_json_reader');
const path = require('path');

// Import attributes survive the source rewrite as a suffix on the specifier
// (SpiderMonkey 102 cannot parse `with { type: 'json' }` and does not pass
// assertions to the resolve hook).
const kAttrMark = '\u0000eddy-type=';

// url -> { url, format, record, value (synthetic), evaluated }
const moduleMap = new Map();

function readSource(filename) {
  const text = fsBinding.readFileUtf8(filename);
  if (typeof text === 'number') {
    throw uvException({ errno: text, syscall: 'open', path: filename });
  }
  return text;
}

// Rewrites `from '<spec>' with|assert { type: '<t>' }` (and the bare
// `import '<spec>' with {...}` form) into `from '<spec>\0eddy-type=<t>'`,
// keeping lines intact.
const kAttrRe = /((?:\bfrom|\bimport)\s*)(['"])((?:(?!\2)[^\\\n])*)\2(\s*)(?:with|assert)\s*\{\s*type\s*:\s*(['"])([^'"\n]*)\5\s*,?\s*\}/g;
function rewriteImportAttributes(source) {
  if (!source.includes('with') && !source.includes('assert')) return source;
  return rewriteDynamicImportAttributes(source.replace(kAttrRe, (all, kw, q, spec, ws, q2, type) =>
    `${kw}${q}${spec}${kAttrMark}${type}${q}`));
}

// import('<spec>', { with: { type: 'json' } }) (or `assert:`): SpiderMonkey
// 102 accepts no second argument to import(), so a literal one is folded into
// the specifier the same way.
const kDynamicAttrRe = /\bimport\(\s*(['"])((?:(?!\1)[^\\\n])*)\1\s*,\s*\{\s*(?:with|assert)\s*:\s*\{\s*type\s*:\s*(['"])([^'"\n]*)\3\s*,?\s*\}\s*,?\s*\}\s*\)/g;
function rewriteDynamicImportAttributes(source) {
  if (!source.includes('import(')) return source;
  return source.replace(kDynamicAttrRe, (all, q, spec, q2, type) =>
    `import(${q}${spec}${kAttrMark}${type}${q})`);
}

// import(spec, options) with options the source computes: SpiderMonkey 102
// rejects the whole source. Only then (see compileWithComputedImports) the
// calls are rewritten to import(<importSpec>(spec, options)), which folds
// the type into the specifier at run time, or hands import() a marker that
// makes it reject with the error V8 throws for bad options.
const kErrMark = '\u0000eddy-import-error=';
const importErrors = new Map();
let importErrorId = 0;
const kImportSpec = Symbol.for('eddy.importSpec');

function importSpec(specifier, options) {
  if (options === undefined) return specifier;
  let message;
  let attrs;
  if (options === null || typeof options !== 'object') {
    message = 'The second argument to import() must be an object';
  } else {
    attrs = options.with;
    if (attrs === undefined) attrs = options.assert;
    if (attrs !== undefined && (attrs === null || typeof attrs !== 'object')) {
      message = "The 'assert' option must be an object";
    } else if (attrs !== undefined) {
      for (const key of Object.keys(attrs)) {
        if (typeof attrs[key] !== 'string') {
          message = 'Import assertion value must be a string';
          break;
        }
      }
    }
  }
  if (message !== undefined) {
    const id = ++importErrorId;
    importErrors.set(id, new TypeError(message));
    return `${kErrMark}${id}`;
  }
  if (attrs === undefined || attrs.type === undefined) return specifier;
  return `${specifier}${kAttrMark}${attrs.type}`;
}

// The end of the balanced argument list that starts at `i` (just after
// `import(`), with the index of its first top-level comma; skips strings,
// templates and comments. Null when the text ends first.
function scanImportArgs(src, i) {
  let depth = 0;
  let comma = -1;
  const stack = [];  // template nesting: brace depth at each `${`
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '`') {
      i++;
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\') { i += 2; continue; }
        if (src[i] === '$' && src[i + 1] === '{') { stack.push(depth); depth++; i += 2; break; }
        i++;
      }
      if (src[i] === '`') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? src.length : end + 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (c === '}' && stack.length && stack[stack.length - 1] === depth - 1) {
        // End of a template substitution: back into the template text.
        stack.pop();
        depth--;
        i++;
        while (i < src.length && src[i] !== '`') {
          if (src[i] === '\\') { i += 2; continue; }
          if (src[i] === '$' && src[i + 1] === '{') { stack.push(depth); depth++; i++; break; }
          i++;
        }
        i++;
        continue;
      }
      if (depth === 0) return c === ')' ? { end: i, comma } : null;
      depth--;
    } else if (c === ',' && depth === 0 && comma === -1) {
      comma = i;
    }
    i++;
  }
  return null;
}

// The index just past the string, template or comment starting at `i`, or
// -1 when none starts there. A template is skipped whole, substitutions
// included.
function skipNonCode(src, i) {
  const c = src[i];
  if (c === '"' || c === "'") {
    i++;
    while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (c === '`') {
    let depth = 0;
    i++;
    while (i < src.length) {
      const d = src[i];
      if (d === '\\') { i += 2; continue; }
      if (depth === 0 && d === '`') return i + 1;
      if (d === '$' && src[i + 1] === '{') { depth++; i += 2; continue; }
      if (depth > 0 && d === '}') depth--;
      i++;
    }
    return i;
  }
  if (c === '/' && src[i + 1] === '/') {
    const end = src.indexOf('\n', i);
    return end === -1 ? src.length : end;
  }
  if (c === '/' && src[i + 1] === '*') {
    const end = src.indexOf('*/', i + 2);
    return end === -1 ? src.length : end + 2;
  }
  return -1;
}

const identChar = /[\w$]/;

// Rewrites every import(a, b) in code (not in strings, templates or
// comments); the text of a and b is kept, so lines and most columns stay.
function rewriteComputedImports(src) {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < src.length) {
    const skip = skipNonCode(src, i);
    if (skip !== -1) {
      i = skip;
      continue;
    }
    if (src.startsWith('import', i) && (i === 0 || (!identChar.test(src[i - 1]) && src[i - 1] !== '.'))) {
      let open = i + 6;
      while (open < src.length && (src[open] === ' ' || src[open] === '\t')) open++;
      if (src[open] === '(') {
        open++;
        const args = scanImportArgs(src, open);
        if (args !== null && args.comma !== -1) {
          let second = src.slice(args.comma + 1, args.end);
          if (second.trim() !== '') {
            second = second.replace(/,\s*$/, '');
            out += src.slice(last, open) +
              `globalThis[Symbol.for("eddy.importSpec")](${src.slice(open, args.comma)},${second})`;
            last = args.end;
            i = args.end;
            continue;
          }
        }
      }
      i += 6;
      continue;
    }
    i++;
  }
  if (last === 0) return src;
  if (!Object.prototype.hasOwnProperty.call(globalThis, kImportSpec)) {
    Object.defineProperty(globalThis, kImportSpec, { value: importSpec });
  }
  return out + src.slice(last);
}

// compile(source) for a module or a function body; a source SpiderMonkey
// rejects is tried once more with the syntax it lacks rewritten.
function compileWithComputedImports(compile, source) {
  try {
    return compile(source);
  } catch (err) {
    return recompileAfterSyntaxError(compile, source, err);
  }
}

// After compile(source) threw err: when err is a SyntaxError, the source
// once more with computed import() options and v-flag regexp literals
// (modules/regexp_v.js) rewritten; the original error when that changes
// nothing or fails too (unless only the v flag stood in the way).
function recompileAfterSyntaxError(compile, source, err) {
  if (!(err instanceof SyntaxError)) throw err;
  let rewritten = source;
  if (rewritten.includes('import')) rewritten = rewriteComputedImports(rewritten);
  const regexpV = require('internal/modules/regexp_v');
  if (regexpV.mayHaveUnicodeSets(rewritten)) {
    rewritten = regexpV.rewriteUnicodeSetsRegExps(rewritten);
  }
  if (rewritten === source) throw err;
  try {
    return compile(rewritten);
  } catch (again) {
    // The v flag was the first problem and is gone: report the next one
    // (the rewrite keeps every line where it was).
    if (again instanceof SyntaxError && !isUnicodeSetsError(again) &&
        isUnicodeSetsError(err)) {
      throw again;
    }
    throw err;
  }
}

function isUnicodeSetsError(err) {
  return err.message === 'invalid regular expression flag v';
}

function splitAttributes(specifier) {
  const i = specifier.indexOf(kAttrMark);
  if (i === -1) return { specifier, type: undefined };
  return { specifier: specifier.slice(0, i), type: specifier.slice(i + kAttrMark.length) };
}

function dataURLParts(url) {
  const m = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(url);
  if (!m) throw new ERR_INVALID_URL();
  const base64 = /;base64$/i.test(m[2]);
  let body = m[3];
  if (base64) {
    body = atob(decodeURIComponent(body));
    // atob gives bytes as latin1 code units; sources are UTF-8.
    body = decodeURIComponent(escape(body));
  } else {
    body = decodeURIComponent(body);
  }
  return { mime: m[1].toLowerCase(), body };
}

function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const { mime } = dataURLParts(url);
    if (mime === 'text/javascript' || mime === 'application/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  const pkg = packageJson.findParent(path.dirname(filename), true);
  const type = pkg === undefined ? 'none' : pkg.type;
  if (ext === '.js') {
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return require('internal/modules/cjs/loader').detectESMSyntax(filename) ? 'module' : 'commonjs';
  }
  // Extensionless files follow the package type (node 20.10+).
  if (ext === '') return type === 'module' ? 'module' : 'commonjs';
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

const identifierRe = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

// export statements for a synthetic module whose value comes from
// import.meta (see importMeta below).
// `live`: the module also hands the loader a function that re-reads every
// export (module.syncBuiltinESMExports() for built-ins).
function syntheticSource(names, live = false) {
  let src = 'const m = import.meta[Symbol.for("eddy.synthetic")]();\nexport default m;\n';
  let i = 0;
  let sync = '';
  for (const name of names) {
    if (name === 'default') continue;
    const local = `e${i++}`;
    const key = JSON.stringify(name);
    // A throwing getter (an export whose module is not built) leaves the
    // binding undefined rather than failing the whole import.
    src += `let ${local};\ntry { ${local} = m[${key}]; } catch {}\n` +
      `export { ${local} as ${identifierRe.test(name) ? name : key} };\n`;
    sync += `try { ${local} = m[${key}]; } catch {}\n`;
  }
  if (live) {
    src += `import.meta[Symbol.for("eddy.synthetic.sync")](() => {\n${sync}});\n`;
  }
  return src;
}

const builtinSyncs = [];
// module.syncBuiltinESMExports(): built-in ES module bindings take the
// current values of the CommonJS exports, as in node.
function syncBuiltinESMExports() {
  for (const sync of builtinSyncs) sync();
}

let cjsLexer;
function cjsExportNames(filename, source) {
  if (cjsLexer === undefined) {
    const binding = internalBinding('module_wrap');
    cjsLexer = typeof binding.cjsExports === 'function' ? binding.cjsExports : null;
  }
  if (cjsLexer === null) return [];
  const names = new Set();
  const seen = new Set([filename]);
  const visit = (file, text, depth) => {
    const r = cjsLexer(text);
    if (r === undefined) return;
    const [exports, reexports] = r;
    for (const n of exports) names.add(n);
    if (depth > 20) return;
    for (const spec of reexports) {
      let target;
      try {
        const { Module } = require('internal/modules/cjs/loader');
        const fake = new Module(file, null);
        fake.filename = file;
        fake.paths = Module._nodeModulePaths(path.dirname(file));
        target = Module._resolveFilename(spec, fake, false);
      } catch {
        continue;
      }
      if (!target.startsWith('/') || seen.has(target) || !target.endsWith('.js') && !target.endsWith('.cjs')) continue;
      seen.add(target);
      const t = fsBinding.readFileUtf8(target);
      if (typeof t === 'string') visit(target, t, depth + 1);
    }
  };
  visit(filename, source, 0);
  return [...names];
}

function compile(entry, source) {
  entry.record = compileWithComputedImports(
    (text) => moduleWrap.compileModule(text, entry.url), source);
}

function makeEntry(url, type) {
  let entry = moduleMap.get(url);
  if (entry !== undefined) {
    checkAttributes(entry, type);
    return entry;
  }
  const format = formatOf(url);
  entry = { url, format, record: null, value: undefined };
  checkAttributes(entry, type);
  moduleMap.set(url, entry);
  try {
    switch (format) {
      case 'module': {
        const source = url.startsWith('data:') ? dataURLParts(url).body :
          readSource(fileURLToPath(url));
        compile(entry, rewriteImportAttributes(source));
        break;
      }
      case 'json': {
        const text = url.startsWith('data:') ? dataURLParts(url).body :
          readSource(fileURLToPath(url));
        entry.value = () => {
          try {
            return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
          } catch (err) {
            err.message = `${url.startsWith('data:') ? url : fileURLToPath(url)}: ${err.message}`;
            throw err;
          }
        };
        compile(entry, syntheticSource([]));
        break;
      }
      case 'builtin': {
        const { requireBuiltin } = require('internal/bootstrap/realm');
        const exports = requireBuiltin(url.slice(5));
        entry.value = () => exports;
        entry.sync = (fn) => { builtinSyncs.push(fn); };
        compile(entry, syntheticSource(Object.keys(exports), true));
        break;
      }
      case 'commonjs': {
        const filename = fileURLToPath(url);
        const source = readSource(filename);
        entry.value = () => {
          const { Module } = require('internal/modules/cjs/loader');
          return Module._load(filename, null, false);
        };
        compile(entry, syntheticSource(cjsExportNames(filename, source)));
        break;
      }
      default:
        throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
    }
  } catch (err) {
    moduleMap.delete(url);
    throw err;
  }
  return entry;
}

function checkAttributes(entry, type) {
  if (type !== undefined && type !== 'json') {
    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  }
  if (entry.format === 'json' && type !== 'json') {
    throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(entry.url, 'json');
  }
  if (entry.format !== 'json' && type === 'json') {
    throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(entry.url, 'json');
  }
}

// The URL a module's, CommonJS wrapper's or eval script's private value names.
function referrerURL(privateValue) {
  if (typeof privateValue !== 'string') return pathToFileURL(`${process.cwd()}/[eval]`);
  if (privateValue.startsWith('/')) return pathToFileURL(privateValue);
  return privateValue;
}

// --- engine hooks ------------------------------------------------------------------

function resolveHook(referencingPrivate, request) {
  const { specifier, type } = splitAttributes(request);
  const url = resolve(specifier, referrerURL(referencingPrivate));
  return makeEntry(url, type).record;
}

const kSynthetic = Symbol.for('eddy.synthetic');

function importMeta(meta, url) {
  const entry = moduleMap.get(url);
  if (entry !== undefined && entry.value !== undefined) {
    Object.defineProperty(meta, kSynthetic, { value: entry.value });
    if (entry.sync !== undefined) {
      Object.defineProperty(meta, Symbol.for('eddy.synthetic.sync'), { value: entry.sync });
    }
    return;
  }
  meta.url = url;
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve_(specifier) {
    return resolve(`${specifier}`, url);
  };
}

async function importDynamic(referencingPrivate, request) {
  if (typeof request === 'string' && request.startsWith(kErrMark)) {
    const id = Number(request.slice(kErrMark.length));
    const err = importErrors.get(id);
    importErrors.delete(id);
    throw err;
  }
  const { specifier, type } = splitAttributes(request);
  const url = resolve(specifier, referrerURL(referencingPrivate));
  const entry = makeEntry(url, type);
  instantiate(entry.record);
  await moduleWrap.evaluate(entry.record);
  return moduleWrap.getNamespace(entry.record);
}

// Linking errors in node's words: SpiderMonkey says "import not found: x";
// node names the module that lacks the export.
function instantiate(record) {
  try {
    moduleWrap.instantiate(record);
  } catch (err) {
    const m = err instanceof SyntaxError && /^import not found: (.*)$/.exec(err.message);
    let arrow;
    if (m && typeof err.fileName === 'string') {
      const found = importAt(err.fileName, err.lineNumber, err.columnNumber);
      if (found !== undefined) {
        err.message = `The requested module '${found.specifier}' does not provide an export named '${m[1]}'`;
        arrow = `${err.fileName}:${err.lineNumber}\n${found.line}\n` +
          `${' '.repeat(err.columnNumber)}${'^'.repeat(m[1].length)}\n`;
      }
    }
    if (err instanceof Error && !String(err.stack).includes('\n    at ')) {
      // The engine raised it with no script running: give it the loader's
      // frames, as node's error has.
      Error.captureStackTrace(err, instantiate);
    }
    if (arrow !== undefined) {
      // node puts the source arrow into the stack of a linking error.
      const stack = err.stack;
      Object.defineProperty(err, 'stack', {
        value: arrow + stack, writable: true, configurable: true, enumerable: false,
      });
      Object.defineProperty(err, kArrowInStack, { value: true });
    }
    throw err;
  }
}

// The import statement at a position in a file: its specifier and the
// source line.
function importAt(url, line, column) {
  const entry = moduleMap.get(url);
  if (entry === undefined || !url.startsWith('file:')) return undefined;
  const text = fsBinding.readFileUtf8(fileURLToPath(url));
  if (typeof text !== 'string') return undefined;
  const lines = text.split('\n');
  const rest = lines.slice(line - 1).join('\n').slice(column);
  const m = /\bfrom\s*(['"])((?:(?!\1).)*)\1/s.exec(rest);
  return m ? { specifier: m[2], line: lines[line - 1] } : undefined;
}

// --- entry points ----------------------------------------------------------------

// Runs an ES module as the main entry; an unsettled top-level await at exit
// gives exit code 13.
function runMainESM(filename) {
  const url = pathToFileURL(filename);
  const entry = makeEntry(url, undefined);
  instantiate(entry.record);
  const promise = moduleWrap.evaluate(entry.record);
  moduleWrap.setMainPromise(promise);
  promise.then(undefined, (err) => triggerUncaughtException(err, true));
}

// require() of an ES module (node 20.19): the graph must finish
// synchronously; its namespace is returned.
function requireESM(filename, parent) {
  const url = pathToFileURL(filename);
  const entry = makeEntry(url, undefined);
  instantiate(entry.record);
  const asyncError = () => {
    const err = new ERR_REQUIRE_ASYNC_MODULE();
    err.message += `\n  From ${parent && parent.filename ? parent.filename : 'unknown'} \n  Requiring ${filename} `;
    return err;
  };
  // Refuse a graph with top-level await before running any of it.
  if (graphHasTopLevelAwait(entry, new Set())) throw asyncError();
  const promise = moduleWrap.evaluate(entry.record);
  const state = moduleWrap.promiseState(promise);
  if (state === 0) {
    promise.then(undefined, () => {});
    throw asyncError();
  }
  if (state === 2) {
    let reason;
    promise.then(undefined, (e) => { reason = e; });
    internalBinding('task_queue').runMicrotasks();
    throw reason;
  }
  return moduleWrap.getNamespace(entry.record);
}

// Whether a linked module or any module it imports (not yet evaluated)
// awaits at top level. Only files whose text contains `await` are compiled a
// second time to check.
function graphHasTopLevelAwait(entry, seen) {
  if (seen.has(entry.url) || entry.format !== 'module' || entry.evaluated) return false;
  seen.add(entry.url);
  if (entry.url.startsWith('file:')) {
    const text = fsBinding.readFileUtf8(fileURLToPath(entry.url));
    if (typeof text === 'string' && text.includes('await') &&
        moduleWrap.hasTopLevelAwait(rewriteImportAttributes(text))) {
      return true;
    }
  }
  for (const request of moduleWrap.requestedModules(entry.record)) {
    const { specifier } = splitAttributes(request);
    const child = moduleMap.get(resolve(specifier, entry.url));
    if (child !== undefined && graphHasTopLevelAwait(child, seen)) return true;
  }
  return false;
}

// Runs a source text as an ES module named by `url` (eval with
// --input-type=module, or a .js main detected as ESM).
function runModuleSource(source, url) {
  const entry = { url, format: 'module', record: null, value: undefined };
  moduleMap.set(url, entry);
  compile(entry, rewriteImportAttributes(source));
  instantiate(entry.record);
  const promise = moduleWrap.evaluate(entry.record);
  moduleWrap.setMainPromise(promise);
  promise.then(undefined, (err) => triggerUncaughtException(err, true));
}

// A SyntaxError from compiling CommonJS that only ES module syntax causes.
const esmSyntaxMessages = [
  'import declarations may only appear at top level of a module',
  'export declarations may only appear at top level of a module',
  'await is only valid in async functions',
  'import.meta may only appear in a module',
];
function isESMSyntaxError(err) {
  return err instanceof SyntaxError &&
    esmSyntaxMessages.some((m) => err.message.startsWith(m));
}

module.exports = {
  rewriteDynamicImportAttributes,
  compileWithComputedImports,
  recompileAfterSyntaxError,
  syncBuiltinESMExports,
  importDynamic,
  importMeta,
  resolveHook,
  isESMSyntaxError,
  makeEntry,
  moduleMap,
  requireESM,
  runMainESM,
  runModuleSource,
};
