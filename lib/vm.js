// eddy: node:vm on SpiderMonkey (the `vm_script` binding).
//
// - Scripts compile as global scripts: runInThisContext runs them in eddy's
//   global; a syntax error throws at `new vm.Script()` as in node.
// - createContext(object) makes a fresh global in its own compartment (only
//   the ECMAScript built-ins, as in node). SpiderMonkey 102 cannot make an
//   ordinary object act as a global, so the object and its context are kept
//   in step around each run: the object's own properties are copied onto
//   the context's global before the script runs, and the global's own
//   properties (other than its built-ins) are copied back afterwards.
//   Globals changed later by callbacks the script left behind reach the
//   object at the next run, not at once (in node they do at once). A
//   script's `this`/globalThis handed out is that global, as node hands
//   out its global proxy; what outside code sets on it is copied to the
//   object at the next run.
// - compileFunction compiles in eddy's realm.
// - Not available (ERR_NOT_IMPLEMENTED naming the option): the `timeout` and
//   `breakOnSigint` run options, cachedData/produceCachedData, a
//   compileFunction parsingContext or contextExtensions, measureMemory.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateObject,
  validateString,
  validateNumber,
  validateUint32,
  validateBoolean,
  validateArray,
} = require('internal/validators');
const binding = internalBinding('vm_script');
const { compileFunction: compileWrapped } = internalBinding('contextify');

const kDefaultFilename = 'evalmachine.<anonymous>';
const kScript = Symbol('kScript');
const kSource = Symbol('kSource');
const kOptions = Symbol('kOptions');

// object -> { global, builtins: Set of the fresh global's own keys }
const contexts = new WeakMap();

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options, lineOffset: 0, columnOffset: 0 };
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const {
    filename = kDefaultFilename,
    lineOffset = 0,
    columnOffset = 0,
    cachedData,
    produceCachedData = false,
  } = options;
  validateString(filename, 'options.filename');
  validateNumber(lineOffset, 'options.lineOffset');
  validateNumber(columnOffset, 'options.columnOffset');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (cachedData !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('vm.Script option cachedData');
  }
  if (produceCachedData) {
    throw new ERR_NOT_IMPLEMENTED('vm.Script option produceCachedData');
  }
  return { filename, lineOffset: lineOffset | 0, columnOffset: columnOffset | 0 };
}

function checkRunOptions(options) {
  if (options === undefined || options === null) return;
  validateObject(options, 'options');
  const { timeout, breakOnSigint = false, displayErrors = true } = options;
  if (timeout !== undefined) {
    validateUint32(timeout, 'options.timeout', true);
    throw new ERR_NOT_IMPLEMENTED('vm option timeout');
  }
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  validateBoolean(displayErrors, 'options.displayErrors');
  if (breakOnSigint) throw new ERR_NOT_IMPLEMENTED('vm option breakOnSigint');
}

function contextOf(object, name) {
  const entry = (object !== null && (typeof object === 'object' || typeof object === 'function')) ?
    contexts.get(object) : undefined;
  if (entry === undefined) {
    throw new ERR_INVALID_ARG_TYPE(name, 'vm.Context', object);
  }
  return entry;
}

function copyIn(object, entry) {
  const { global } = entry;
  for (const key of Reflect.ownKeys(object)) {
    const value = object[key];
    if (Object.is(global[key], value)) continue;
    // A read-only global (NaN, undefined, Infinity) keeps its value, as
    // writing it through node's contextified object does.
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc !== undefined && desc.writable === false && !desc.configurable) continue;
    global[key] = value;
  }
}

function copyOut(object, entry) {
  const { global, builtins } = entry;
  const keys = Reflect.ownKeys(global);
  const present = new Set();
  for (const key of keys) {
    if (builtins.has(key)) continue;
    present.add(key);
    const value = global[key];
    if (object[key] !== value) object[key] = value;
  }
  for (const key of Reflect.ownKeys(object)) {
    if (!present.has(key)) delete object[key];
  }
}

function runIn(entry, object, script) {
  copyIn(object, entry);
  let result;
  let threw = true;
  try {
    result = binding.run(script);
    threw = false;
  } finally {
    // Even after a throw, what the script set so far is visible (as in node).
    if (threw) copyOut(object, entry);
  }
  copyOut(object, entry);
  // The context's global itself, as node returns its global proxy: it has
  // the built-ins as own properties, which the contextified object lacks
  // (jest reads them to decide which of node's globals to add).
  return result;
}

function hide(self, key, value) {
  Object.defineProperty(self, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    const opts = scriptOptions(options);
    // Internals stay non-enumerable: node shows only sourceMapURL.
    hide(this, kSource, code);
    hide(this, kOptions, opts);
    hide(this, kScript, binding.compile(code, opts.filename, opts.lineOffset, opts.columnOffset));
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    checkRunOptions(options);
    return binding.run(this[kScript]);
  }

  runInContext(contextifiedObject, options) {
    const entry = contextOf(contextifiedObject, 'contextifiedObject');
    checkRunOptions(options);
    const opts = this[kOptions];
    let compiled = entry.scripts.get(this);
    if (compiled === undefined) {
      compiled = binding.compile(this[kSource], opts.filename, opts.lineOffset,
                                 opts.columnOffset, entry.global);
      entry.scripts.set(this, compiled);
    }
    return runIn(entry, contextifiedObject, compiled);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, options);
    return this.runInContext(context, options);
  }
}

// Objects, arrays and functions can be contexts (node's check and message).
function validateContextObject(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('object', 'object', value);
  }
}

function isContext(object) {
  validateContextObject(object);
  return contexts.has(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject === constants.DONT_CONTEXTIFY) {
    throw new ERR_NOT_IMPLEMENTED('vm.createContext(vm.constants.DONT_CONTEXTIFY)');
  }
  validateContextObject(contextObject);
  if (contexts.has(contextObject)) return contextObject;
  if (options !== undefined) validateObject(options, 'options');
  const global = binding.newContext();
  // V8's stack API (captureStackTrace, stackTraceLimit, prepareStackTrace,
  // the V8-format `stack`) exists in every node context: jest's expect and
  // source-map-support use it from inside theirs.
  require('internal/errors_stack').install(10, global.Error);
  const entry = {
    global,
    builtins: new Set(Reflect.ownKeys(global)),
    scripts: new WeakMap(),
  };
  contexts.set(contextObject, entry);
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  contextOf(contextifiedObject, 'contextifiedObject');
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, options);
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((p, i) => validateString(p, `params[${i}]`));
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    lineOffset = 0,
    columnOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateNumber(lineOffset, 'options.lineOffset');
  validateNumber(columnOffset, 'options.columnOffset');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  validateArray(contextExtensions, 'options.contextExtensions');
  if (cachedData !== undefined || produceCachedData) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction cached data');
  }
  if (parsingContext !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction option parsingContext');
  }
  if (contextExtensions.length !== 0) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction option contextExtensions');
  }
  if (lineOffset !== 0 || columnOffset !== 0) {
    throw new ERR_NOT_IMPLEMENTED('vm.compileFunction options lineOffset/columnOffset');
  }
  return compileWrapped(code, filename, params, false);
}

function measureMemory() {
  throw new ERR_NOT_IMPLEMENTED('vm.measureMemory');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
