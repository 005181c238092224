// eddy: the Console class behind node:console and the global console object
// (mirrors node's lib/internal/console/constructor.js and console/global.js).
// Loaded only when console is first used: the bootstrap installs a lazy
// `globalThis.console` that calls createGlobalConsole().
'use strict';

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');

// internal/util/inspect and the table renderer load on first use.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
let tableModule;

// console.log('text', 'more') formats to the strings joined by spaces when no
// argument is anything but a string and the first has no '%' directive: the
// common case needs no inspect module at all (a start-up cost).
function plainStrings(args) {
  if (args.length === 0) return '';
  let out = args[0];
  if (typeof out !== 'string' || out.includes('%')) return undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'string') return undefined;
    out += ` ${a}`;
  }
  return out;
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

// Own state of a console instance (the descriptions match Node's, so
// Object.getOwnPropertySymbols(new Console(s)) reads the same).
const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
// Prototype helpers.
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
// The stream a write goes to: _stdout/_stderr, or for the global console
// the light writer until the program touches process.stdout/stderr.
const kStream = Symbol('kStream');

// inspectOptions given to the constructor, per instance.
const optionsMap = new WeakMap();

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Callable without `new`, as in Node.
  if (new.target === undefined) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Own bound copies of the methods, so `const { log } = c` works. They are
  // taken from `this` so that a subclass's overrides are the ones bound.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = bindNamed(this[key], this, key);
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

function bindNamed(fn, self, name) {
  const bound = Function.prototype.bind.call(fn, self);
  Object.defineProperty(bound, 'name', { value: name });
  return bound;
}

// `console instanceof Console` holds for the global console too, although
// Console.prototype is not on its prototype chain.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance[kIsConsole]; },
});

function hidden(value) {
  return { value, writable: true, enumerable: false, configurable: true };
}

Object.defineProperties(Console.prototype, {
  [kStream]: hidden(function(useStdout) { return useStdout ? this._stdout : this._stderr; }),

  [kBindStreamsEager]: hidden(function(stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: hidden(stdout),
      _stderr: hidden(stderr),
    });
  }),

  // The global console reads process.stdout/stderr on first write only.
  // `streamFor(fd)` (the global console): what to write to until the
  // program touches process.stdout/stderr (see internal/process/stdio).
  [kBindStreamsLazy]: hidden(function(object, streamFor) {
    let stdout;
    let stderr;
    if (streamFor) {
      Object.defineProperty(this, kStream, hidden((useStdout) => (useStdout ?
        stdout || streamFor(1) : stderr || streamFor(2))));
    }
    Object.defineProperties(this, {
      _stdout: {
        enumerable: false,
        configurable: true,
        get() { return stdout || (stdout = object.stdout); },
        set(value) { stdout = value; },
      },
      _stderr: {
        enumerable: false,
        configurable: true,
        get() { return stderr || (stderr = object.stderr); },
        set(value) { stderr = value; },
      },
    });
  }),

  [kBindProperties]: hidden(function(ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: hidden(createWriteErrorHandler(this, true)),
      _stderrErrorHandler: hidden(createWriteErrorHandler(this, false)),
      _ignoreErrors: hidden(Boolean(ignoreErrors)),
      _times: hidden(new Map()),
      [kCounts]: hidden(new Map()),
      [kColorMode]: hidden(colorMode),
      [kIsConsole]: hidden(true),
      [kGroupIndent]: hidden(''),
      [kGroupIndentationWidth]: hidden(groupIndentation),
      [Symbol.toStringTag]: {
        value: 'console', writable: false, enumerable: false, configurable: true,
      },
    });
  }),

  [kWriteToConsole]: hidden(function(useStdout, string) {
    const groupIndent = this[kGroupIndent];
    const stream = this[kStream](useStdout);
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';

    if (this._ignoreErrors === false) return stream.write(string);

    // Errors may come synchronously (thrown, or emitted during write) or
    // later through the callback; none of them reaches the user. Streams
    // that are not EventEmitters (plain `{ write }` objects) are accepted.
    const emitter = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' &&
      typeof stream.removeListener === 'function';
    try {
      if (emitter && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (e) {
      // A debugging aid should not hide running out of stack.
      if (isStackOverflowError(e)) throw e;
    } finally {
      if (emitter) stream.removeListener('error', noop);
    }
  }),

  [kGetInspectOptions]: hidden(function(stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = optionsMap.get(this);
    if (options) {
      // Node fills in `colors` on the caller's object once, on first use.
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  }),

  [kFormatForStdout]: hidden(function(args) {
    return plainStrings(args) ??
      lazyInspect().formatWithOptions(this[kGetInspectOptions](this[kStream](true)), ...args);
  }),

  [kFormatForStderr]: hidden(function(args) {
    return plainStrings(args) ??
      lazyInspect().formatWithOptions(this[kGetInspectOptions](this[kStream](false)), ...args);
  }),
});

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// Whether a console with colorMode 'auto' colors what it writes to `stream`
// (node's internal/util/colors shouldColorize). FORCE_COLOR decides alone when
// set; otherwise a TTY stream decides through its getColorDepth(), which
// honours NO_COLOR, NODE_DISABLE_COLORS and TERM. The result may be a
// non-boolean falsy value, as in Node (it ends up in inspectOptions.colors).
function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return forcedColorDepth(env) > 2;
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ?
    stream.getColorDepth() > 2 : true);
}

// The FORCE_COLOR branch of node's internal/tty getColorDepth().
let warnedDeactivatedColors = false;
function forcedColorDepth(env) {
  let depth;
  switch (env.FORCE_COLOR) {
    case '':
    case '1':
    case 'true': depth = 4; break;
    case '2': depth = 8; break;
    case '3': depth = 24; break;
    default: return 1;
  }
  if (!warnedDeactivatedColors) {
    let name = '';
    if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
    if (env.NO_COLOR !== undefined) name += (name !== '' ? "' and '" : '') + 'NO_COLOR';
    if (name !== '') {
      warnedDeactivatedColors = true;
      process.emitWarning(
        `The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    }
  }
  return depth;
}

// The callback given to stream.write(): an asynchronous write error is
// emitted on the stream later; a one-time listener keeps it from becoming
// an uncaught exception when nobody else listens.
function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    if (err == null) return;
    const stream = instance[kStream](useStdout);
    const state = stream._writableState;
    if (state && state.errorEmitted) return;
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
        typeof stream.once === 'function') {
      stream.once('error', noop);
    }
  };
}

let overflowName;
let overflowMessage;
function isStackOverflowError(err) {
  if (overflowMessage === undefined) {
    try {
      const overflow = () => overflow();
      overflow();
    } catch (e) {
      overflowName = e.name;
      overflowMessage = e.message;
    }
  }
  return err != null && err.name === overflowName && err.message === overflowMessage;
}

function noop() {}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](true, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](false, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](true, lazyInspect().inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this[kStream](true)),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;  // Symbols throw, as in Node.
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
    } else {
      err.stack = err.message ? `Trace: ${err.message}` : 'Trace';
    }
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the arguments (again).
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    // Only a terminal can be cleared: cursor to 1;1, then erase below
    // (readline's cursorTo + clearScreenDown).
    const stdout = this[kStream](true);
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\x1b[1;1H');
      stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    // Like Node, the lookup uses the label as given (count(1) then
    // countReset(1) warns), the delete its string form.
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    if (tableModule === undefined) tableModule = require('internal/console/table');
    const stdoutOptions = this[kGetInspectOptions](this[kStream](true));
    const { inspect } = lazyInspect();
    // Cells: small objects on one line, at most 3 array items; objects with
    // more than two keys collapse to [Object].
    const inspectCell = (v) => inspect(v, {
      depth: v !== null && typeof v === 'object' && !tableModule.isArrayLike(v) &&
        Object.keys(v).length > 2 ? -1 : 0,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...stdoutOptions,
    });
    return this.log(tableModule.renderTable(tabularData, properties, inspectCell));
  },
};

// Logs `label: <duration>` (plus data); false when the label is unknown.
function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const formatted = formatTime(duration[0] * 1000 + duration[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

// 1.234ms, 1.001s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [secs, millis] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${head}:${pad2(secs)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

for (const key of Object.keys(consoleMethods)) Console.prototype[key] = consoleMethods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// --- the global console --------------------------------------------------------

// Methods V8 adds to Node's console for the inspector. eddy has no inspector:
// like Node without a session they do nothing (context() gives a console
// whose methods do nothing).
const kInspectorConsoleKeys = ['dir', 'dirXml', 'table', 'groupEnd', 'clear',
  'count', 'countReset', 'profile', 'profileEnd', 'timeLog', 'debug', 'error',
  'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time',
  'timeEnd', 'timeStamp'];

const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    void name;
    const ctx = {};
    for (const key of kInspectorConsoleKeys) ctx[key] = namedNoop(key);
    return ctx;
  },
  createTask() {
    const name = arguments[0];  // length 0, as V8's
    if (typeof name !== 'string' || name === '') {
      throw new Error('First argument must be a non-empty string.');
    }
    return {
      run(fn) {
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
  },
};

function namedNoop(name) {
  const fn = function() {};
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

let globalConsole;

// The object behind `globalThis.console` and require('console'): created on
// first call, the same object afterwards. Like Node's it is a namespace, not
// a Console instance: its prototype is an empty object and every method is
// bound to it, so `const { log } = console` works. It writes to
// process.stdout / process.stderr, read on first use.
function createGlobalConsole() {
  if (globalConsole !== undefined) return globalConsole;
  const con = { __proto__: {} };
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      desc.value = bindNamed(desc.value, con,
        typeof key === 'string' ? key : desc.value.name);
    }
    Reflect.defineProperty(con, key, desc);
  }
  con[kBindProperties](true, 'auto');
  con.Console = Console;
  for (const key of Object.keys(inspectorMethods)) con[key] = inspectorMethods[key];
  // Last, so the own-key order matches Node's console.
  con[kBindStreamsLazy](process, require('internal/process/stdio').consoleStream);
  globalConsole = con;
  return con;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kBindProperties,
  kBindStreamsLazy,
  shouldColorize,
};
