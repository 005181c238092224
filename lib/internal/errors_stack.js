// eddy: V8's stack-trace API on SpiderMonkey: Error.captureStackTrace,
// Error.prepareStackTrace with CallSite objects, Error.stackTraceLimit, and an
// Error.prototype.stack accessor that formats frames the way V8 does
// (`    at fn (file:line:col)`, `Object.<anonymous>` for CommonJS top-level
// code, `async` for frames after an await). Packages such as depd, callsites
// and source-map-support rely on these.
'use strict';

const { getErrorFrames, captureFrames, cjsWrapperName } = internalBinding('errors');
const { isNativeError } = internalBinding('types');

const kFrameSize = 5;

class CallSite {
  constructor(fn, file, line, column, isAsync) {
    this._fn = fn;
    this._file = file;
    this._line = line;
    this._column = column;
    this._async = isAsync;
  }
  getThis() { return undefined; }
  getTypeName() { return this._fn === cjsWrapperName ? 'Object' : null; }
  getFunction() { return undefined; }
  getFunctionName() {
    const fn = this._fn;
    if (fn === null || fn === cjsWrapperName) return null;
    return fn;
  }
  // SpiderMonkey names anonymous functions after where they sit
  // (`outer/<`, `obj.method/<`); V8 leaves them anonymous.
  getMethodName() { return null; }
  getFileName() { return this._file; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return this._column; }
  getEnclosingLineNumber() { return this._line; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this._fn === null; }
  isEval() { return false; }
  isNative() { return false; }
  isConstructor() { return false; }
  isAsync() { return this._async; }
  isPromiseAll() { return false; }
  toString() {
    const loc = `${this._file}:${this._line}:${this._column}`;
    const fn = this._fn;
    const prefix = this._async ? 'async ' : '';
    if (fn === cjsWrapperName) return `${prefix}Object.<anonymous> (${loc})`;
    if (fn === null || fn === '') return `${prefix}${loc}`;
    return `${prefix}${fn} (${loc})`;
  }
}

function v8Name(name) {
  if (name === null || name === cjsWrapperName) return name;
  const last = name.charCodeAt(name.length - 1);
  if (last === 60 /* < */ || name.includes('/')) return null;
  return name;
}

function toCallSites(frames) {
  const sites = [];
  for (let i = 0; i < frames.length; i += kFrameSize) {
    sites.push(new CallSite(v8Name(frames[i]), frames[i + 1], frames[i + 2],
                            frames[i + 3], frames[i + 4]));
  }
  return sites;
}

// The stack API for one realm's Error constructor: the main realm's, or a
// vm context's (lib/vm.js), whose Error.stackTraceLimit and
// Error.prepareStackTrace are read from that constructor.
function makeApi(ErrorCtor) {
  const errorProto = ErrorCtor.prototype;
  const objectProto = Object.getPrototypeOf(errorProto);
  const nativeStack = Object.getOwnPropertyDescriptor(errorProto, 'stack');
  let inPrepare = false;

  function currentLimit() {
    const limit = ErrorCtor.stackTraceLimit;
    if (typeof limit !== 'number' || !(limit > 0)) return 0;
    return limit === Infinity ? 1e6 : Math.floor(limit);
  }

  function formatStack(err, sites) {
    const prepare = ErrorCtor.prepareStackTrace;
    if (typeof prepare === 'function' && !inPrepare) {
      inPrepare = true;
      try {
        return prepare(err, sites);
      } finally {
        inPrepare = false;
      }
    }
    let s = errorHeader(err);
    for (let i = 0; i < sites.length; i++) s += `\n    at ${sites[i]}`;
    return s;
  }

  // Names of the constructors an error was built by (its class and the
  // classes it extends): V8 starts a new error's stack below their frames.
  function constructorNames(err) {
    const names = new Set();
    let proto = Object.getPrototypeOf(err);
    while (proto !== null && proto !== errorProto && proto !== objectProto) {
      const desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (desc && typeof desc.value === 'function') names.add(desc.value.name);
      const own = Object.getOwnPropertyDescriptor(proto, kConstructorFrameName);
      if (own) names.add(own.value);
      proto = Object.getPrototypeOf(proto);
    }
    return names;
  }

  function stackGetter() {
    const limit = currentLimit();
    // Extra frames: constructor frames are dropped from the top.
    let frames = getErrorFrames(this, limit + 8);
    if (frames === undefined) {
      // Errors the engine made with no script on the stack (module linking)
      // read as V8 prints a frameless error: the header alone.
      if (isNativeError(this)) {
        const header = formatStack(this, []);
        defineStack(this, header);
        return header;
      }
      return nativeStack && nativeStack.get ? nativeStack.get.call(this) : undefined;
    }
    if (frames.length > 0 && Object.getPrototypeOf(this) !== errorProto) {
      const names = constructorNames(this);
      let start = 0;
      while (start < frames.length && names.has(frames[start])) start += kFrameSize;
      frames = frames.slice(start);
    }
    frames = frames.slice(0, limit * kFrameSize);
    const s = formatStack(this, toCallSites(frames));
    defineStack(this, s);
    return s;
  }

  function stackSetter(value) { defineStack(this, value); }

  function captureStackTrace(obj, fn) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new TypeError('Invalid argument');
    }
    const limit = currentLimit();
    // All frames: the caller's chain above `fn` must be found before cutting.
    let frames = captureFrames(limit === 0 ? 0 : 1e6);
    let start = kFrameSize;  // drop captureStackTrace itself
    if (typeof fn === 'function') {
      const name = fn.name;
      let found = -1;
      for (let i = start; i < frames.length; i += kFrameSize) {
        if (frames[i] === name || (name === '' && frames[i] === null)) {
          found = i;
          break;
        }
      }
      start = found === -1 ? frames.length : found + kFrameSize;
    }
    frames = frames.slice(start, start + limit * kFrameSize);
    const sites = toCallSites(frames);
    let cached;
    let computed = false;
    Object.defineProperty(obj, 'stack', {
      get() {
        if (!computed) {
          cached = formatStack(obj, sites);
          computed = true;
        }
        return cached;
      },
      set(v) { cached = v; computed = true; },
      configurable: true,
      enumerable: false,
    });
  }

  return { stackGetter, stackSetter, captureStackTrace };
}

function errorHeader(err) {
  let name, message;
  try { name = err.name; } catch { name = undefined; }
  try { message = err.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function defineStack(obj, value) {
  try {
    Object.defineProperty(obj, 'stack', {
      value, writable: true, configurable: true, enumerable: false,
    });
  } catch {
    // Frozen objects keep the computed value uncached.
  }
}

const kConstructorFrameName = Symbol('kConstructorFrameName');

// Installs the API on a realm's Error (the main realm's by default).
function install(stackTraceLimit, ErrorCtor = Error) {
  const api = makeApi(ErrorCtor);
  Object.defineProperty(ErrorCtor.prototype, 'stack', {
    get: api.stackGetter, set: api.stackSetter, configurable: true, enumerable: false,
  });
  Object.defineProperty(ErrorCtor, 'captureStackTrace', {
    value: api.captureStackTrace, writable: true, configurable: true, enumerable: false,
  });
  ErrorCtor.stackTraceLimit = stackTraceLimit;
}

module.exports = { install, CallSite, errorHeader, kConstructorFrameName };
