// eddy: util.inspect(), util.format() and the text helpers that go with them
// (string width, VT control stripping). Written for eddy; the goal is output
// identical to Node 20's for every value, so the odd corners of Node's
// formatting (documented in the util docs or observed from `node`) are kept on
// purpose and marked "(node)" where they look like accidents. Where V8 and
// this engine differ in facts visible to inspect (own properties of functions
// and errors, their order, the names V8 gives objects) V8 is imitated.
//
// What JavaScript cannot see by itself comes from bindings:
//
//   internalBinding('util')
//     getProxyDetails(v, full)       undefined for non-proxies. For a proxy:
//                                    full ? [target, handler] : target; the
//                                    target is null once revoked.
//     getPromiseDetails(p)           [state] or [state, result] with state
//                                    0 pending, 1 fulfilled, 2 rejected.
//     previewEntries(v, true)        [items, isKeyValue]: what a Map/Set
//                                    iterator still holds, or the contents of
//                                    a WeakMap/WeakSet; key/value pairs are
//                                    flattened (k0, v0, k1, v1, ...).
//                                    Without the flag just the items.
//     getOwnNonIndexProperties(o, f) own string keys that are not array
//                                    indices, then own symbols; f = 2 keeps
//                                    enumerable ones only, 0 keeps all.
//     getConstructorName(o)          the engine's class name for o ("Object",
//                                    "Array", "Map", "Function", ...), used
//                                    only when no constructor can be found on
//                                    the prototype chain.
//     getExternalValue(v)            optional; address of an External.
//   internalBinding('types')         util.types predicates (isMap, isDate,
//                                    isProxy, ...). Function kinds (async,
//                                    generator) are read from the source.
//   internalBinding('builtins')      hasBuiltin(id), optional: greys out
//                                    stack frames of built-in modules when
//                                    colors are on.
'use strict';

const {
  getProxyDetails,
  getPromiseDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName: engineClassName,
  getExternalValue,
} = internalBinding('util');
const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = internalBinding('types');

let builtinExists;
function isBuiltinId(id) {
  if (builtinExists === undefined) {
    builtinExists = () => false;
    try {
      const { hasBuiltin } = internalBinding('builtins');
      if (typeof hasBuiltin === 'function') builtinExists = hasBuiltin;
    } catch {
      // No such binding: nothing counts as built-in.
    }
  }
  return builtinExists(id);
}

// Lazily loaded to keep the require graph acyclic (internal/errors itself
// uses inspect for its messages).
let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

// --- intrinsics, captured before user code can replace them ----------------

const thisCall = (fn) => Function.prototype.call.bind(fn);
const protoGetter = (proto, key) =>
  thisCall(Object.getOwnPropertyDescriptor(proto, key).get);

const {
  assign: assignProps,
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  keys: enumerableKeys,
  seal,
  setPrototypeOf,
} = Object;
const { isArray } = Array;
const { ownKeys } = Reflect;
const { floor, max, min, round, sqrt, trunc } = Math;
const { isFinite: isFiniteNumber, isNaN: isNaNNumber, isInteger } = Number;
const parseIntNumber = Number.parseInt;
const parseFloatNumber = Number.parseFloat;
const jsonStringify = JSON.stringify;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;
const NativeObject = Object;
const NativeRegExp = RegExp;
const NativeSet = Set;
const NativeMap = Map;

const hasOwn = thisCall(Object.prototype.hasOwnProperty);
const isEnumerableOwn = thisCall(Object.prototype.propertyIsEnumerable);
const functionSource = thisCall(Function.prototype.toString);
const callFunction = thisCall(Function.prototype.call);
const regExpText = thisCall(RegExp.prototype.toString);
const dateTime = thisCall(Date.prototype.getTime);
const dateIso = thisCall(Date.prototype.toISOString);
const dateText = thisCall(Date.prototype.toString);
const errorText = thisCall(Error.prototype.toString);
const numberValue = thisCall(Number.prototype.valueOf);
const stringValue = thisCall(String.prototype.valueOf);
const booleanValue = thisCall(Boolean.prototype.valueOf);
const bigintValue = thisCall(BigInt.prototype.valueOf);
const symbolValue = thisCall(Symbol.prototype.valueOf);
const symbolText = thisCall(Symbol.prototype.toString);
const setSize = protoGetter(Set.prototype, 'size');
const mapSize = protoGetter(Map.prototype, 'size');
const setValuesIterator = thisCall(Set.prototype.values);
const mapEntriesIterator = thisCall(Map.prototype.entries);
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = protoGetter(TypedArrayPrototype, 'length');
const typedArrayKind = protoGetter(TypedArrayPrototype, SymbolToStringTag);
const stringNormalize = thisCall(String.prototype.normalize);

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
  BigUint64Array,
};

// Constructors of the language itself (the uppercase globals of a fresh
// realm, except SharedArrayBuffer, which Node leaves out). Prototype
// properties of these are never listed, and objects whose toString comes from
// one of them count as having a built-in toString.
const builtinConstructorNames = new NativeSet([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'BigInt', 'Date', 'RegExp', 'Promise', 'Proxy', 'Reflect', 'JSON', 'Math',
  'Intl', 'Atomics', 'WebAssembly', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'WeakRef', 'FinalizationRegistry', 'ArrayBuffer', 'DataView', 'Int8Array',
  'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'InternalError', 'NaN', 'Infinity',
]);

// --- options, colors, styles ---------------------------------------------

const inspectDefaultOptions = seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// SGR codes: [on, off].
const colorTable = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Other spellings, as hidden accessors that read and write the main entry.
for (const [alias, target] of [
  ['grey', 'gray'],
  ['blackBright', 'gray'],
  ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'],
  ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'],
  ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  defineProperty(colorTable, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

const styleTable = assignProps({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// The two stylize functions; their names show up when a custom inspect
// function prints the options it received.
function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const sgr = inspect.colors[style];
    if (sgr !== undefined) return `\u001b[${sgr[0]}m${str}\u001b[${sgr[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// --- the entry point ------------------------------------------------------

const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');

/**
 * Returns a string representation of `value` for debugging.
 * @param {any} value
 * @param {object|boolean} [opts] options, or `showHidden` (legacy form:
 *   inspect(value, showHidden, depth, colors))
 * @returns {string}
 */
function inspect(value, opts) {
  const d = inspectDefaultOptions;
  const state = {
    stylize: stylizeNoColor,
    showHidden: d.showHidden,
    depth: d.depth,
    colors: d.colors,
    customInspect: d.customInspect,
    showProxy: d.showProxy,
    maxArrayLength: d.maxArrayLength,
    maxStringLength: d.maxStringLength,
    breakLength: d.breakLength,
    compact: d.compact,
    sorted: d.sorted,
    getters: d.getters,
    numericSeparator: d.numericSeparator,
    // Options given by the caller that inspect does not know; handed on to
    // custom inspect functions.
    userOptions: undefined,
    // Internal bookkeeping.
    indentationLvl: 0,   // columns the current value is indented by
    seen: [],            // objects on the path from the root to here
    refs: undefined,     // Map object -> number, for circular references
    deepest: 0,          // depth of the most recently entered object
    budget: {},          // output length per indentation, to stop runaways
  };
  const argc = arguments.length;
  if (argc > 1) {
    if (argc > 2) {
      if (arguments[2] !== undefined) state.depth = arguments[2];
      if (argc > 3 && arguments[3] !== undefined) state.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      state.showHidden = opts;
    } else if (opts) {
      const names = enumerableKeys(opts);
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (hasOwn(inspectDefaultOptions, name) || name === 'stylize') {
          state[name] = opts[name];
        } else if (state.userOptions === undefined) {
          state.userOptions = opts;
        }
      }
    }
  }
  if (state.colors) state.stylize = stylizeWithColor;
  if (state.maxArrayLength === null) state.maxArrayLength = Infinity;
  if (state.maxStringLength === null) state.maxStringLength = Infinity;
  return renderValue(state, value, 0);
}
inspect.custom = kCustomInspect;

defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    lazyValidators().validateObject(options, 'options');
    return assignProps(inspectDefaultOptions, options);
  },
});

inspect.colors = colorTable;
inspect.styles = styleTable;

// --- values ---------------------------------------------------------------

function renderValue(state, value, level, insideTypedArray) {
  const type = typeof value;
  if (type !== 'object' && type !== 'function') {
    return renderPrimitive(state.stylize, value, state);
  }
  if (value === null) return state.stylize('null', 'null');

  // Proxies are looked through without touching their traps. The proxy
  // itself stays the receiver of a custom inspect function.
  const receiver = value;
  const proxy = getProxyDetails(value, !!state.showProxy);
  if (proxy !== undefined) {
    // (node) A proxy whose target has null at index 0 reads as revoked too.
    if (proxy === null || proxy[0] === null) {
      return state.stylize('<Revoked Proxy>', 'special');
    }
    if (state.showProxy) return renderProxy(state, proxy, level);
    value = proxy;
  }

  if (state.customInspect) {
    const custom = value[kCustomInspect];
    if (typeof custom === 'function' && custom !== inspect &&
        !isPrototypeObject(value)) {
      const depthLeft = state.depth === null ? null : state.depth - level;
      const foreign = proxy !== undefined || !(receiver instanceof NativeObject);
      const result = callFunction(custom, receiver, depthLeft,
                                  optionsForCustom(state, foreign), inspect);
      if (result !== receiver) {
        if (typeof result !== 'string') return renderValue(state, result, level);
        return result.replaceAll('\n', `\n${' '.repeat(state.indentationLvl)}`);
      }
    }
  }

  if (state.seen.includes(value)) return circularMarker(state, value);
  return renderObject(state, value, level, insideTypedArray);
}

// `value.constructor.prototype === value`: custom inspect functions are not
// called for prototype objects.
function isPrototypeObject(value) {
  const ctor = value.constructor;
  return !!ctor && ctor.prototype === value;
}

function circularMarker(state, value) {
  let id;
  if (state.refs === undefined) {
    state.refs = new NativeMap();
    id = 1;
    state.refs.set(value, id);
  } else {
    id = state.refs.get(value);
    if (id === undefined) {
      id = state.refs.size + 1;
      state.refs.set(value, id);
    }
  }
  return state.stylize(`[Circular *${id}]`, 'special');
}

// The options object handed to custom inspect functions: every known option,
// then whatever unknown options the caller passed. Values that may belong to
// another realm get a stripped-down copy without object-valued entries.
function optionsForCustom(state, foreign) {
  const opts = { ...optionsOf(state), ...state.userOptions };
  if (!foreign) return opts;
  setPrototypeOf(opts, null);
  const names = enumerableKeys(opts);
  for (let i = 0; i < names.length; i++) {
    const v = opts[names[i]];
    if (v !== null && (typeof v === 'object' || typeof v === 'function')) {
      delete opts[names[i]];
    }
  }
  const stylize = state.stylize;
  opts.stylize = setPrototypeOf((text, styleType) => {
    let out;
    try {
      out = `${stylize(text, styleType)}`;
    } catch {
      // Fall back to the unstyled text.
    }
    return typeof out === 'string' ? out : text;
  }, null);
  return opts;
}

function renderProxy(state, details, level) {
  if (state.depth !== null && level > state.depth) {
    return state.stylize('Proxy [Array]', 'special');
  }
  level += 1;
  state.indentationLvl += 2;
  const parts = [
    renderValue(state, details[0], level),
    renderValue(state, details[1], level),
  ];
  state.indentationLvl -= 2;
  return arrange(state, parts, '', 'Proxy [', ']', KIND_ARRAY_EXTRA, level);
}

// --- primitives -------------------------------------------------------------

function renderPrimitive(stylize, value, state) {
  switch (typeof value) {
    case 'string': return renderString(stylize, value, state);
    case 'number': return formatNumber(stylize, value, state.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, state.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    case 'symbol': return stylize(symbolText(value), 'symbol');
    default:
      // (node) A function reaching this point (a getter's result) fails the
      // way Symbol.prototype.toString fails in V8, and the caller reports it.
      throw new TypeError("Symbol.prototype.toString requires that 'this' be a Symbol");
  }
}

function renderString(stylize, text, state) {
  let tail = '';
  if (text.length > state.maxStringLength) {
    const dropped = text.length - state.maxStringLength;
    text = text.slice(0, state.maxStringLength);
    tail = `... ${dropped} more character${dropped > 1 ? 's' : ''}`;
  }
  // Long strings are cut after each line break and written as a sum of
  // pieces, one per line. Widths of non-ASCII text are not considered.
  if (state.compact !== true && text.length > 16 &&
      text.length > state.breakLength - state.indentationLvl - 4) {
    let out = '';
    let from = 0;
    const glue = ` +\n${' '.repeat(state.indentationLvl + 2)}`;
    while (from < text.length) {
      const nl = text.indexOf('\n', from);
      const to = nl === -1 ? text.length : nl + 1;
      if (from !== 0) out += glue;
      out += stylize(quoteString(text.slice(from, to)), 'string');
      from = to;
    }
    return out + tail;
  }
  return stylize(quoteString(text), 'string') + tail;
}

// Escapes for code units below 0xA0 that never appear raw in the output:
// C0 controls, DEL and the C1 controls. Built on the first escape (a loop at
// load time is a measurable share of start-up).
let controlEscapes;
function buildControlEscapes() {
  controlEscapes = [];
  for (let c = 0; c < 0xa0; c++) {
    if (c < 0x20 || c >= 0x7f) {
      controlEscapes[c] = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  controlEscapes[8] = '\\b';
  controlEscapes[9] = '\\t';
  controlEscapes[10] = '\\n';
  controlEscapes[12] = '\\f';
  controlEscapes[13] = '\\r';
  return controlEscapes;
}

const mayNeedEscapeWithApostrophe = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const mayNeedEscape = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

// Writes `str` as a quoted literal. Single quotes are preferred; a string
// containing one is put in double quotes, else backticks (when it has
// neither `"` nor a backtick nor `${`), else single quotes with escaping.
function quoteString(str) {
  let quote = 39; // '
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = 34; // "
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = 96; // `
    }
  }
  const q = quote === 39 ? "'" : quote === 34 ? '"' : '`';
  const test = quote === 39 ? mayNeedEscapeWithApostrophe : mayNeedEscape;
  if (!test.test(str)) return `${q}${str}${q}`;
  return `${q}${escapeText(str, quote === 39)}${q}`;
}

// Escapes control characters, backslashes, lone surrogates and, when asked,
// apostrophes. Used for quoted strings and for symbol / hidden key names.
function escapeText(str, apostrophe) {
  let out = '';
  let from = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0xa0) {
      if (c === 39) {
        if (!apostrophe) continue;
        rep = "\\'";
      } else if (c === 92) {
        rep = '\\\\';
      } else {
        rep = (controlEscapes || buildControlEscapes())[c];
        if (rep === undefined) continue;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    out += str.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? str : out + str.slice(from);
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const text = `${number}`;
  if (isInteger(number)) {
    // Integers too large for plain digits keep their exponent form.
    return stylize(text.includes('e') ? text : groupDigitsFromRight(text), 'number');
  }
  if (!isFiniteNumber(number)) return stylize(text, 'number');
  // (node) The integer part is everything before the '.', or the text minus
  // its last character when there is no '.', so exponent forms come out
  // garbled ("1e-7" -> "1e-.1e-_7").
  const dot = text.indexOf('.');
  return stylize(`${groupDigitsFromRight(text.slice(0, dot))}.` +
                 groupDigitsFromLeft(text.slice(dot + 1)), 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = `${bigint}`;
  return stylize(`${numericSeparator ? groupDigitsFromRight(text) : text}n`, 'bigint');
}

// "1234567" -> "1_234_567"; a leading minus sign is not a digit.
function groupDigitsFromRight(digits) {
  const first = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  if (end - first < 4) return digits;
  let groups = '';
  while (end - first >= 4) {
    groups = `_${digits.slice(end - 3, end)}${groups}`;
    end -= 3;
  }
  return digits.slice(0, end) + groups;
}

// "1234567" -> "123_456_7" (fraction digits).
function groupDigitsFromLeft(digits) {
  if (digits.length <= 3) return digits;
  let out = '';
  let at = 0;
  while (at < digits.length - 3) {
    out += `${digits.slice(at, at + 3)}_`;
    at += 3;
  }
  return out + digits.slice(at);
}

// --- objects ----------------------------------------------------------------

// How the entries of a collection are printed after its own keys are known.
const KIND_OBJECT = 0;       // "key: value" entries, never grouped
const KIND_ARRAY_ITEM = 1;   // bare values (array elements)
const KIND_ARRAY_EXTRA = 2;  // keys of array-like values; grouped in columns

// Which family an object belongs to; decides its braces and its entries.
const F_ARRAY = 1;
const F_SET = 2;
const F_MAP = 3;
const F_TYPED = 4;
const F_MAP_ITERATOR = 5;
const F_SET_ITERATOR = 6;
const F_FUNCTION = 7;
const F_PLAIN = 8;
const F_REGEXP = 9;
const F_DATE = 10;
const F_ERROR = 11;
const F_BUFFER = 12;
const F_DATAVIEW = 13;
const F_PROMISE = 14;
const F_WEAKSET = 15;
const F_WEAKMAP = 16;
const F_NAMESPACE = 17;
const F_BOXED = 18;
const F_OTHER = 19;

function familyOf(value, ctorName) {
  // Collections are only recognised as such while they are iterable (or
  // have no constructor at all); otherwise they print as plain objects.
  if (SymbolIterator in value || ctorName === null) {
    if (isArray(value)) return F_ARRAY;
    if (isSet(value)) return F_SET;
    if (isMap(value)) return F_MAP;
    if (isTypedArray(value)) return F_TYPED;
    if (isMapIterator(value)) return F_MAP_ITERATOR;
    if (isSetIterator(value)) return F_SET_ITERATOR;
  }
  if (typeof value === 'function') return F_FUNCTION;
  if (ctorName === 'Object') return F_PLAIN;
  if (isRegExp(value)) return F_REGEXP;
  if (isDate(value)) return F_DATE;
  if (isError(value)) return F_ERROR;
  if (isAnyArrayBuffer(value)) return F_BUFFER;
  if (isDataView(value)) return F_DATAVIEW;
  if (isPromise(value)) return F_PROMISE;
  if (isWeakSet(value)) return F_WEAKSET;
  if (isWeakMap(value)) return F_WEAKMAP;
  if (isModuleNamespaceObject(value)) return F_NAMESPACE;
  if (isBoxedPrimitive(value)) return F_BOXED;
  return F_OTHER;
}

// For objects without a constructor the engine's name for them stands in,
// unless that name is merely the tag shown next to it.
function classNameFallback(value, ctorName, tag) {
  if (ctorName !== null) return 'Object';
  const name = internalName(value);
  return name === tag ? 'Object' : name;
}

// The name V8 reports for an object it cannot attribute to a constructor:
// a string Symbol.toStringTag data property found on the prototype chain,
// else the name of a `constructor` data property inherited from a
// prototype, else the engine's class name. (V8 first consults the
// constructor the object was created by; the engine here does not record
// it.)
function internalName(obj) {
  for (let holder = obj; holder !== null; holder = getPrototypeOf(holder)) {
    const desc = getOwnPropertyDescriptor(holder, SymbolToStringTag);
    if (desc !== undefined) {
      if (typeof desc.value === 'string') return desc.value;
      break;
    }
  }
  for (let holder = getPrototypeOf(obj); holder !== null; holder = getPrototypeOf(holder)) {
    const desc = getOwnPropertyDescriptor(holder, 'constructor');
    if (desc !== undefined) {
      const ctor = desc.value;
      if (typeof ctor === 'function') {
        const name = getOwnPropertyDescriptor(ctor, 'name');
        if (name !== undefined && typeof name.value === 'string' &&
            name.value !== '' && name.value !== 'Object') {
          return name.value;
        }
      }
      break;
    }
  }
  return engineClassName(obj);
}

function externalLabel(state, value) {
  const address = typeof getExternalValue === 'function' ?
    getExternalValue(value).toString(16) : '0';
  return state.stylize(`[External: ${address}]`, 'special');
}

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// The "Name(size) [tag] " text in front of braces; for objects without a
// constructor "[Fallback(size): null prototype] [tag] ".
function prefixFor(ctorName, tag, fallback, size = '') {
  if (ctorName === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && ctorName !== tag) return `${ctorName}${size} [${tag}] `;
  return `${ctorName}${size} `;
}

// Date.prototype.toISOString for years 0000-9999, done with integer
// arithmetic (the engine's version goes through fmod and printf); other
// years use the engine's. `time` is the date's time value.
const MathFloor = Math.floor;
const twoDigits = [];
for (let i = 0; i < 100; i++) twoDigits.push(i < 10 ? `0${i}` : `${i}`);

function isoText(date, time) {
  if (!(time >= -62167219200000 && time < 253402300800000)) return dateIso(date);
  const days = MathFloor(time / 86400000);
  let rest = time - days * 86400000;            // ms into the day
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  // Civil date from days since 1970-01-01 (proleptic Gregorian), counted in
  // 400-year eras that start on March 1st.
  const z = days + 719468;
  const era = MathFloor(z / 146097);
  const doe = z - era * 146097;
  const yoe = MathFloor((doe - MathFloor(doe / 1460) + MathFloor(doe / 36524) -
                          MathFloor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + MathFloor(yoe / 4) - MathFloor(yoe / 100));
  const mp = MathFloor((5 * doy + 2) / 153);
  const day = doy - MathFloor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hi = MathFloor(year / 100);
  return `${twoDigits[hi]}${twoDigits[year - hi * 100]}-${twoDigits[month]}-` +
    `${twoDigits[day]}T${twoDigits[hour]}:${twoDigits[min]}:${twoDigits[sec]}.` +
    `${ms < 100 ? (ms < 10 ? `00${ms}` : `0${ms}`) : `${ms}`}Z`;
}

function renderObject(state, value, level, insideTypedArray) {
  // With showHidden, data properties inherited from user-defined prototypes
  // are listed too (they are collected while looking for the constructor).
  let inherited;
  if (state.showHidden && (state.depth === null || level <= state.depth)) {
    inherited = [];
  }
  const ctorName = constructorNameOf(state, value, level, inherited);
  if (inherited !== undefined && inherited.length === 0) inherited = undefined;
  const bare = inherited === undefined;

  // A tag the keys will show anyway is not repeated in the prefix.
  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (state.showHidden ? hasOwn : isEnumerableOwn)(value, SymbolToStringTag))) {
    tag = '';
  }

  const family = familyOf(value, ctorName);
  const filter = state.showHidden ? 0 : 2;
  let keys;
  let base = '';
  let open = '{';
  let close = '}';
  let kind = KIND_OBJECT;
  let source = value;       // what the entry lister walks
  let sourceSize = 0;       // element count for typed arrays

  switch (family) {
    case F_ARRAY: {
      keys = getOwnNonIndexProperties(value, filter);
      const prefix = ctorName !== 'Array' || tag !== '' ?
        prefixFor(ctorName, tag, 'Array', `(${value.length})`) : '';
      open = `${prefix}[`;
      close = ']';
      if (value.length === 0 && keys.length === 0 && bare) return `${open}]`;
      kind = KIND_ARRAY_EXTRA;
      break;
    }
    case F_SET:
    case F_MAP: {
      const isSetValue = family === F_SET;
      const size = isSetValue ? setSize(value) : mapSize(value);
      const prefix = prefixFor(ctorName, tag, isSetValue ? 'Set' : 'Map', `(${size})`);
      keys = ownKeysOf(value, state.showHidden);
      if (ctorName === null) {
        source = isSetValue ? setValuesIterator(value) : mapEntriesIterator(value);
      }
      if (size === 0 && keys.length === 0 && bare) return `${prefix}{}`;
      open = `${prefix}{`;
      break;
    }
    case F_TYPED: {
      keys = getOwnNonIndexProperties(value, filter);
      let fallback = '';
      if (ctorName === null) {
        // Rebuild a normal typed array to read the elements from.
        fallback = typedArrayKind(value);
        source = new typedArrayConstructors[fallback](value);
      }
      sourceSize = typedArrayLength(value);
      open = `${prefixFor(ctorName, tag, fallback, `(${sourceSize})`)}[`;
      close = ']';
      if (value.length === 0 && keys.length === 0 && !state.showHidden) return `${open}]`;
      kind = KIND_ARRAY_EXTRA;
      break;
    }
    case F_MAP_ITERATOR:
    case F_SET_ITERATOR: {
      keys = ownKeysOf(value, state.showHidden);
      const label = family === F_MAP_ITERATOR ? 'Map Iterator' : 'Set Iterator';
      open = `[${tag === label ? tag : tag === '' ? label : `${tag}] [${label}`}] {`;
      break;
    }
    default: {
      if (family === F_ERROR) ownStack(value);
      keys = ownKeysOf(value, state.showHidden);
      if (state.showHidden && (family === F_FUNCTION || family === F_ERROR)) {
        keys = inV8Order(value, keys, family);
      }
      switch (family) {
        case F_FUNCTION:
          base = functionLabel(value, ctorName, tag);
          if (keys.length === 0 && bare) return state.stylize(base, 'special');
          break;
        case F_PLAIN:
          if (isArgumentsObject(value)) {
            open = '[Arguments] {';
          } else if (tag !== '') {
            open = `${prefixFor(ctorName, tag, 'Object')}{`;
          }
          if (keys.length === 0 && bare) return `${open}}`;
          break;
        case F_REGEXP: {
          base = regExpText(ctorName !== null ? value : new NativeRegExp(value));
          const prefix = prefixFor(ctorName, tag, 'RegExp');
          if (prefix !== 'RegExp ') base = `${prefix}${base}`;
          if ((keys.length === 0 && bare) ||
              (state.depth !== null && level > state.depth)) {
            return state.stylize(base, 'regexp');
          }
          break;
        }
        case F_DATE: {
          const time = dateTime(value);
          base = isNaNNumber(time) ? dateText(value) : isoText(value, time);
          const prefix = prefixFor(ctorName, tag, 'Date');
          if (prefix !== 'Date ') base = `${prefix}${base}`;
          if (keys.length === 0 && bare) return state.stylize(base, 'date');
          break;
        }
        case F_ERROR:
          base = errorLabel(value, ctorName, tag, state, keys);
          if (keys.length === 0 && bare) return base;
          break;
        case F_BUFFER: {
          const prefix = prefixFor(ctorName, tag,
                                   isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
          if (insideTypedArray !== undefined && keys.length === 0 && bare) {
            // The .buffer of a typed array: no contents, just the size.
            return `${prefix}{ byteLength: ${formatNumber(state.stylize, value.byteLength, false)} }`;
          }
          open = `${prefix}{`;
          keys.unshift('byteLength');
          break;
        }
        case F_DATAVIEW:
          open = `${prefixFor(ctorName, tag, 'DataView')}{`;
          keys.unshift('byteLength', 'byteOffset', 'buffer');
          break;
        case F_PROMISE:
          open = `${prefixFor(ctorName, tag, 'Promise')}{`;
          break;
        case F_WEAKSET:
          open = `${prefixFor(ctorName, tag, 'WeakSet')}{`;
          break;
        case F_WEAKMAP:
          open = `${prefixFor(ctorName, tag, 'WeakMap')}{`;
          break;
        case F_NAMESPACE:
          open = `${prefixFor(ctorName, tag, 'Module')}{`;
          break;
        case F_BOXED:
          base = boxedLabel(value, state, keys, ctorName, tag);
          if (keys.length === 0 && bare) return base;
          break;
        default:
          if (keys.length === 0 && bare) {
            if (isExternal(value)) return externalLabel(state, value);
            return `${prefixFor(ctorName, tag, classNameFallback(value, ctorName, tag))}{}`;
          }
          open = `${prefixFor(ctorName, tag, classNameFallback(value, ctorName, tag))}{`;
      }
    }
  }

  if (state.depth !== null && level > state.depth) {
    const name = prefixFor(ctorName, tag, classNameFallback(value, ctorName, tag)).slice(0, -1);
    return state.stylize(ctorName !== null ? `[${name}]` : name, 'special');
  }

  level += 1;
  state.seen.push(value);
  state.deepest = level;
  const indentation = state.indentationLvl;
  let output;
  try {
    switch (family) {
      case F_ARRAY: output = arrayEntries(state, value, level); break;
      case F_TYPED: output = typedArrayEntries(state, source, sourceSize, level); break;
      case F_SET: output = setEntries(state, source, level); break;
      case F_MAP: output = mapEntries(state, source, level); break;
      case F_MAP_ITERATOR:
      case F_SET_ITERATOR: {
        const preview = previewEntries(value, true);
        if (preview[1]) {
          open = open.replace(/ Iterator] \{$/, ' Entries] {');
          output = pairEntries(state, preview[0], level, false);
        } else {
          output = listEntries(state, preview[0], level, false);
        }
        break;
      }
      case F_BUFFER:
        output = insideTypedArray === undefined ? [bufferContents(state, value)] : [];
        break;
      case F_PROMISE: output = promiseEntries(state, value, level); break;
      case F_WEAKSET:
        output = state.showHidden ?
          listEntries(state, previewEntries(value), level, true) :
          [state.stylize('<items unknown>', 'special')];
        break;
      case F_WEAKMAP:
        output = state.showHidden ?
          pairEntries(state, previewEntries(value), level, true) :
          [state.stylize('<items unknown>', 'special')];
        break;
      case F_NAMESPACE:
        output = namespaceEntries(state, value, keys, level);
        keys = [];
        break;
      default: output = [];
    }
    // Own properties V8 has and this engine lacks come with descriptors.
    const synthetic = family === F_FUNCTION && state.showHidden ?
      sloppyFunctionExtras(value) : undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = synthetic !== undefined && (key === 'arguments' || key === 'caller') ?
        synthetic[key] : undefined;
      output.push(renderProperty(state, value, level, key, kind, desc));
    }
    if (inherited !== undefined) output.push(...inherited);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    state.seen.pop();
    state.indentationLvl = indentation;
    const name = prefixFor(ctorName, tag, classNameFallback(value, ctorName, tag)).slice(0, -1);
    return state.stylize(`[${name}: Inspection interrupted prematurely. ` +
                         'Maximum call stack size exceeded.]', 'special');
  }
  state.seen.pop();

  if (state.refs !== undefined) {
    const id = state.refs.get(value);
    if (id !== undefined) {
      const mark = state.stylize(`<ref *${id}>`, 'special');
      if (state.compact === true) {
        open = `${mark} ${open}`;
      } else {
        base = base === '' ? mark : `${mark} ${base}`;
      }
    }
  }

  if (state.sorted) {
    const order = state.sorted === true ? undefined : state.sorted;
    if (kind === KIND_OBJECT) {
      output.sort(order);
    } else if (keys.length > 1) {
      const start = output.length - keys.length;
      const tail = output.slice(start).sort(order);
      output.splice(start, keys.length, ...tail);
    }
  }

  const text = arrange(state, output, base, open, close, kind, level, value);
  // Give up on depth once one indentation level has produced 128 MiB.
  const used = (state.budget[state.indentationLvl] || 0) + text.length;
  state.budget[state.indentationLvl] = used;
  if (used > 2 ** 27) state.depth = -1;
  return text;
}

let overflowProbe;
function isStackOverflow(err) {
  if (overflowProbe === undefined) {
    try {
      const recurse = () => recurse();
      recurse();
    } catch (e) {
      overflowProbe = { name: e && e.name, message: e && e.message };
    }
  }
  return err != null && typeof err === 'object' &&
    err.name === overflowProbe.name && err.message === overflowProbe.message;
}

function ownKeysOf(value, showHidden) {
  const symbols = getOwnPropertySymbols(value);
  let names;
  if (showHidden) {
    names = getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) names.push(symbols[i]);
    return names;
  }
  try {
    names = enumerableKeys(value);
  } catch {
    // Namespace objects with bindings still in their TDZ.
    names = getOwnPropertyNames(value);
  }
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerableOwn(value, symbols[i])) names.push(symbols[i]);
  }
  return names;
}

// Hidden own properties of functions and errors, as V8 (Node's engine)
// creates and orders them: functions start with length, name, prototype;
// errors with stack, and have no fileName/lineNumber/columnNumber.
function inV8Order(value, names, family) {
  let front;
  if (family === F_FUNCTION) {
    front = sloppyFunctionExtras(value) !== undefined ?
      ['length', 'name', 'arguments', 'caller', 'prototype'] :
      ['length', 'name', 'prototype'];
  } else {
    front = ['stack'];
  }
  const head = [];
  const rest = [];
  const native = family === F_ERROR && isNativeError(value);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (native && (name === 'fileName' || name === 'lineNumber' || name === 'columnNumber') &&
        !isEnumerableOwn(value, name)) {
      continue;
    }
    if (front.includes(name)) continue;
    rest.push(name);
  }
  for (let i = 0; i < front.length; i++) {
    const name = front[i];
    if (names.includes(name) || name === 'arguments' || name === 'caller') head.push(name);
  }
  for (let i = 0; i < rest.length; i++) head.push(rest[i]);
  return head;
}

// V8 gives sloppy-mode ordinary functions own `arguments` and `caller`
// properties (null while the function is not running); here they are
// accessors on Function.prototype that only work for such functions. Returns
// the two descriptors V8 would show, or undefined for other functions.
const functionArgumentsGetter = getOwnPropertyDescriptor(Function.prototype, 'arguments');
const functionCallerGetter = getOwnPropertyDescriptor(Function.prototype, 'caller');
function sloppyFunctionExtras(fn) {
  if (hasOwn(fn, 'arguments') || hasOwn(fn, 'caller') ||
      functionArgumentsGetter === undefined || functionCallerGetter === undefined ||
      typeof functionArgumentsGetter.get !== 'function' ||
      typeof functionCallerGetter.get !== 'function') {
    return undefined;
  }
  try {
    const args = callFunction(functionArgumentsGetter.get, fn);
    const caller = callFunction(functionCallerGetter.get, fn);
    return {
      __proto__: null,
      arguments: { value: args, writable: false, enumerable: false, configurable: false },
      caller: { value: caller, writable: false, enumerable: false, configurable: false },
    };
  } catch {
    return undefined;
  }
}

function safeInstanceOf(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name shown for an object: the name of the first `constructor` found
// on its prototype chain (own property of the object or a prototype) that
// the object really is an instance of. Returns null for objects that have no
// prototype at all; for chains without such a constructor, the engine's class
// name followed by a description of the prototype in angle brackets.
function constructorNameOf(state, obj, level, inherited) {
  let firstProto;
  let holder = obj;
  while (holder) {
    const desc = getOwnPropertyDescriptor(holder, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && safeInstanceOf(obj, desc.value)) {
      if (inherited !== undefined &&
          (firstProto !== holder || !builtinConstructorNames.has(desc.value.name))) {
        collectInherited(state, obj, firstProto || obj, level, inherited);
      }
      return String(desc.value.name);
    }
    holder = getPrototypeOf(holder);
    if (firstProto === undefined) firstProto = holder;
  }
  if (firstProto === null) return null;

  const className = internalName(obj);
  if (state.depth !== null && level > state.depth) {
    return `${className} <Complex prototype>`;
  }
  const protoName = constructorNameOf(state, firstProto, level + 1, inherited);
  if (protoName !== null) return `${className} <${protoName}>`;
  const described = inspect(firstProto, {
    ...optionsOf(state),
    customInspect: false,
    depth: -1,
  });
  return `${className} <${described}>`;
}

// The option values of a state, as an options object for a nested inspect().
function optionsOf(state) {
  return {
    stylize: state.stylize,
    showHidden: state.showHidden,
    depth: state.depth,
    colors: state.colors,
    customInspect: state.customInspect,
    showProxy: state.showProxy,
    maxArrayLength: state.maxArrayLength,
    maxStringLength: state.maxStringLength,
    breakLength: state.breakLength,
    compact: state.compact,
    sorted: state.sorted,
    getters: state.getters,
    numericSeparator: state.numericSeparator,
  };
}

// Adds "key: value" texts for non-method properties that `main` inherits,
// looking at up to three prototype levels starting with `proto` and stopping
// at the prototype of a language built-in.
function collectInherited(state, main, proto, level, out) {
  const shadowed = new NativeSet();
  let layer = proto;
  for (let step = 0; step < 3; step++) {
    if (step !== 0 || main === layer) {
      layer = getPrototypeOf(layer);
      if (layer === null) return;
      const desc = getOwnPropertyDescriptor(layer, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtinConstructorNames.has(desc.value.name)) {
        return;
      }
    }
    const layerKeys = ownKeys(layer);
    state.seen.push(main);
    for (let i = 0; i < layerKeys.length; i++) {
      const key = layerKeys[i];
      if (key === 'constructor' || hasOwn(main, key) || shadowed.has(key)) continue;
      const desc = getOwnPropertyDescriptor(layer, key);
      if (typeof desc.value === 'function') continue;
      const text = renderProperty(state, layer, level, key, KIND_OBJECT, desc, main);
      out.push(state.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    state.seen.pop();
    for (let i = 0; i < layerKeys.length; i++) shadowed.add(layerKeys[i]);
  }
}

// --- properties ---------------------------------------------------------------

// Whether a key prints bare: /^[a-zA-Z_][a-zA-Z_0-9]*$/, as a loop (cheaper
// than a regexp call from JIT code).
function isPlainKey(key) {
  const length = key.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 97 ? c > 122 : c < 65 ? (c < 48 || c > 57 || i === 0) : (c > 90 && c !== 95)) {
      return false;
    }
  }
  return true;
}

// One property as text: "name: value", or only the value for array elements.
// `desc` may be given for inherited properties, whose getters then run
// against `receiver`.
function renderProperty(state, holder, level, key, kind, desc, receiver = holder) {
  const stylize = state.stylize;
  let text;
  let gap = ' ';
  if (desc === undefined) {
    desc = getOwnPropertyDescriptor(holder, key) ||
      { value: holder[key], enumerable: true };
  }
  if (desc.value !== undefined) {
    // In compact=true mode object values sit one column further in.
    const shift = state.compact !== true || kind !== KIND_OBJECT ? 2 : 3;
    state.indentationLvl += shift;
    text = renderValue(state, desc.value, level);
    if (shift === 3 && state.breakLength < getStringWidth(text, state.colors)) {
      gap = `\n${' '.repeat(state.indentationLvl)}`;
    }
    state.indentationLvl -= shift;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const mode = state.getters;
    if (mode && (mode === true ||
                 (mode === 'get' && desc.set === undefined) ||
                 (mode === 'set' && desc.set !== undefined))) {
      try {
        const got = callFunction(desc.get, receiver);
        // (node) Not undone when rendering the result throws.
        state.indentationLvl += 2;
        if (got === null) {
          text = `${stylize(`[${label}:`, 'special')} ${stylize('null', 'null')}` +
            `${stylize(']', 'special')}`;
        } else if (typeof got === 'object') {
          text = `${stylize(`[${label}]`, 'special')} ${renderValue(state, got, level)}`;
        } else {
          text = `${stylize(`[${label}:`, 'special')} ${renderPrimitive(stylize, got, state)}` +
            `${stylize(']', 'special')}`;
        }
        state.indentationLvl -= 2;
      } catch (err) {
        const why = `<Inspection threw (${err.message})>`;
        text = `${stylize(`[${label}:`, 'special')} ${why}${stylize(']', 'special')}`;
      }
    } else {
      text = stylize(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    text = stylize('[Setter]', 'special');
  } else {
    text = stylize('undefined', 'undefined');
  }
  if (kind === KIND_ARRAY_ITEM) return text;

  let name;
  if (typeof key === 'symbol') {
    name = `[${stylize(escapeText(symbolText(key), true), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeText(key, true)}]`;
  } else if (isPlainKey(key)) {
    name = stylize(key, 'name');
  } else {
    name = stylize(quoteString(key), 'string');
  }
  return `${name}:${gap}${text}`;
}

// --- entries of collections -----------------------------------------------------

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function emptyItems(state, count) {
  return state.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

function arrayEntries(state, array, level) {
  const length = array.length;
  const shown = min(max(0, state.maxArrayLength), length);
  const out = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(array, i)) return sparseArrayEntries(state, array, level, shown, out, i);
    out.push(renderProperty(state, array, level, i, KIND_ARRAY_ITEM));
  }
  if (length > shown) out.push(moreItems(length - shown));
  return out;
}

const indexKeyPattern = /^(0|[1-9][0-9]*)$/;

// Continues `arrayEntries` from the first hole at `start`: runs of missing
// indices collapse into "<n empty items>"; every run and every element
// counts against the entry limit.
function sparseArrayEntries(state, array, level, limit, out, start) {
  const keyList = enumerableKeys(array);
  let next = start;   // the next index the output has not covered yet
  for (let k = start; k < keyList.length && out.length < limit; k++) {
    const key = keyList[k];
    const index = +key;
    if (index > 2 ** 32 - 2) break;
    if (`${next}` !== key) {
      if (!indexKeyPattern.test(key)) break;
      out.push(emptyItems(state, index - next));
      next = index;
      if (out.length === limit) break;
    }
    out.push(renderProperty(state, array, level, key, KIND_ARRAY_ITEM));
    next++;
  }
  const rest = array.length - next;
  if (out.length !== limit) {
    if (rest > 0) out.push(emptyItems(state, rest));
  } else if (rest > 0) {
    out.push(moreItems(rest));
  }
  return out;
}

function typedArrayEntries(state, array, length, level) {
  const shown = min(max(0, state.maxArrayLength), length);
  // (node) The element count and the number format follow the `length`
  // property, which user code can shadow.
  const visibleLength = array.length;
  const out = new Array(shown);
  const asNumber = visibleLength > 0 && typeof array[0] === 'number';
  for (let i = 0; i < shown; i++) {
    out[i] = asNumber ?
      formatNumber(state.stylize, array[i], state.numericSeparator) :
      formatBigInt(state.stylize, array[i], state.numericSeparator);
  }
  if (visibleLength - shown > 0) out[shown] = moreItems(visibleLength - shown);
  if (state.showHidden) {
    state.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      out.push(`[${key}]: ${renderValue(state, array[key], level, true)}`);
    }
    state.indentationLvl -= 2;
  }
  return out;
}

function setEntries(state, set, level) {
  const size = set.size;
  const shown = min(max(0, state.maxArrayLength), size);
  const out = [];
  state.indentationLvl += 2;
  let n = 0;
  for (const item of set) {
    if (n >= shown) break;
    out.push(renderValue(state, item, level));
    n++;
  }
  if (size - shown > 0) out.push(moreItems(size - shown));
  state.indentationLvl -= 2;
  return out;
}

function mapEntries(state, map, level) {
  const size = map.size;
  const shown = min(max(0, state.maxArrayLength), size);
  const out = [];
  state.indentationLvl += 2;
  let n = 0;
  for (const { 0: key, 1: item } of map) {
    if (n >= shown) break;
    out.push(`${renderValue(state, key, level)} => ${renderValue(state, item, level)}`);
    n++;
  }
  if (size - shown > 0) out.push(moreItems(size - shown));
  state.indentationLvl -= 2;
  return out;
}

// Items previewed from a Set iterator or a WeakSet. Weak collections have no
// stable order, so their entries are sorted unless sorting is requested
// anyway.
function listEntries(state, items, level, weak) {
  const shown = min(max(state.maxArrayLength, 0), items.length);
  const out = new Array(shown);
  state.indentationLvl += 2;
  for (let i = 0; i < shown; i++) out[i] = renderValue(state, items[i], level);
  state.indentationLvl -= 2;
  if (weak && !state.sorted) out.sort();
  if (items.length - shown > 0) out.push(moreItems(items.length - shown));
  return out;
}

// Key/value pairs previewed from a Map iterator (as "[ key, value ]") or a
// WeakMap (as "key => value").
function pairEntries(state, flat, level, weak) {
  const pairs = flat.length / 2;
  const limit = max(state.maxArrayLength, 0);
  const shown = min(limit, pairs);
  const out = new Array(shown);
  state.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const k = renderValue(state, flat[2 * i], level);
    const v = renderValue(state, flat[2 * i + 1], level);
    out[i] = weak ? `${k} => ${v}` :
      arrange(state, [k, v], '', '[', ']', KIND_ARRAY_EXTRA, level);
  }
  state.indentationLvl -= 2;
  if (weak && !state.sorted) out.sort();
  if (pairs - limit > 0) out.push(moreItems(pairs - limit));
  return out;
}

function bufferContents(state, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return state.stylize('(detached)', 'special');
  }
  // The byte count is converted like an index argument of a native call:
  // truncated, NaN as 0, negative rejected.
  let shown = trunc(min(state.maxArrayLength, bytes.length)) || 0;
  if (bytes.length === 0) {
    shown = 0;
  } else if (shown < 0) {
    const err = new RangeError('Index out of range');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  let hex = '';
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    hex += `${i === 0 ? '' : ' '}${b < 16 ? '0' : ''}${b.toString(16)}`;
  }
  const rest = bytes.length - state.maxArrayLength;
  if (rest > 0) hex += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return `${state.stylize('[Uint8Contents]', 'special')}: <${hex}>`;
}

function promiseEntries(state, promise, level) {
  const details = getPromiseDetails(promise);
  if (details[0] === 0) return [state.stylize('<pending>', 'special')];
  state.indentationLvl += 2;
  const text = renderValue(state, details[1], level);
  state.indentationLvl -= 2;
  return [details[0] === 2 ? `${state.stylize('<rejected>', 'special')} ${text}` : text];
}

// Module namespace objects: bindings still in their temporal dead zone read
// as <uninitialized>.
function namespaceEntries(state, ns, keys, level) {
  const out = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      out[i] = renderProperty(state, ns, level, keys[i], KIND_OBJECT);
    } catch {
      const stub = renderProperty(state, { [keys[i]]: '' }, level, keys[i], KIND_OBJECT);
      out[i] = stub.slice(0, stub.lastIndexOf(' ') + 1) +
        state.stylize('<uninitialized>', 'special');
    }
  }
  return out;
}

// --- functions, boxed primitives --------------------------------------------

function sourceOf(fn) {
  try {
    return functionSource(fn);
  } catch {
    return '';
  }
}

// Function kinds follow from the source text, which always starts with the
// function's own syntax: "async", "function*", "*method", "async *method"...
// Native and bound functions ("function x() { [native code] }") are plain.
const asyncHeadPattern = /^async(?:\s*[*[('"]|\s+(?:function\b|[^\s(]))/;
const generatorHeadPattern = /^(?:async\s*)?(?:function\s*\*|\*)/;

function functionKind(source) {
  let async = asyncHeadPattern.test(source);
  if (async && /^async\s*\(/.test(source)) {
    // "async(...)" is an async arrow function, or a method named async.
    async = isArrowAfterParameters(source, source.indexOf('('));
  }
  const generator = generatorHeadPattern.test(source);
  if (async) return generator ? 'AsyncGeneratorFunction' : 'AsyncFunction';
  return generator ? 'GeneratorFunction' : 'Function';
}

// Whether the parenthesised parameter list opening at `open` is followed by
// "=>". Brackets inside strings or comments are not expected here; this is
// only used for the rare "async(" heads.
function isArrowAfterParameters(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return /^\s*=>/.test(source.slice(i + 1));
    }
  }
  return false;
}

// Sources starting with "class" are classes unless the text before the body
// holds a "(" outside comments (a method named class: "class() {}").
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  if (!body.slice(0, brace).includes('(')) return true;
  const bare = withoutComments(body);
  const open = bare.indexOf('{');
  return open !== -1 && isWhitespace(bare.charCodeAt(0)) && !bare.slice(0, open).includes('(');
}

// Drops "// ...\n" and "/* ... */" comments (not spanning \r, U+2028 or
// U+2029; a line comment must end in \n to count).
function withoutComments(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      let end = -1;
      if (text[i + 1] === '/') {
        let j = i + 2;
        while (j < text.length && !isLineBreak(text.charCodeAt(j))) j++;
        if (text[j] === '\n') end = j + 1;
      } else {
        const close = text.indexOf('*/', i + 2);
        if (close !== -1) {
          let j = i + 2;
          while (j < close && (text[j] === '\n' || !isLineBreak(text.charCodeAt(j)))) j++;
          if (j === close) end = close + 2;
        }
      }
      if (end !== -1) {
        i = end;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

function isLineBreak(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isWhitespace(c) {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function functionLabel(fn, ctorName, tag) {
  const source = sourceOf(fn);
  if (looksLikeClass(source)) return classLabel(fn, ctorName, tag);
  const type = functionKind(source);
  let label = `[${type}`;
  if (ctorName === null) label += ' (null prototype)';
  label += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  label += ']';
  if (ctorName !== type && ctorName !== null) label += ` ${ctorName}`;
  if (tag !== '' && ctorName !== tag) label += ` [${tag}]`;
  return label;
}

function classLabel(cls, ctorName, tag) {
  const name = (hasOwn(cls, 'name') && cls.name) || '(anonymous)';
  let label = `class ${name}`;
  if (ctorName !== 'Function' && ctorName !== null) label += ` [${ctorName}]`;
  if (tag !== '' && ctorName !== tag) label += ` [${tag}]`;
  if (ctorName === null) {
    label += ' extends [null prototype]';
  } else {
    const superName = getPrototypeOf(cls).name;
    if (superName) label += ` extends ${superName}`;
  }
  return `[${label}]`;
}

function boxedLabel(value, state, keys, ctorName, tag) {
  let type;
  let inner;
  if (isNumberObject(value)) {
    type = 'Number';
    inner = numberValue(value);
  } else if (isStringObject(value)) {
    type = 'String';
    inner = stringValue(value);
    // The character indices are implied by the string itself.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    inner = booleanValue(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    inner = bigintValue(value);
  } else {
    type = 'Symbol';
    inner = symbolValue(value);
  }
  let label = `[${type}`;
  if (type !== ctorName) label += ctorName === null ? ' (null prototype)' : ` (${ctorName})`;
  label += `: ${renderPrimitive(stylizeNoColor, inner, state)}]`;
  if (tag !== '' && tag !== ctorName) label += ` [${tag}]`;
  if (keys.length !== 0 || state.stylize === stylizeNoColor) return label;
  return state.stylize(label, type.toLowerCase());
}

// --- errors -------------------------------------------------------------------

// V8 gives every native error an own `stack` property when it is created.
// Here it is computed on first access through Error.prototype, which errors
// whose prototype was replaced cannot reach; materialise it for them.
const IntrinsicErrorPrototype = Error.prototype;
function ownStack(err) {
  if (!isNativeError(err) || hasOwn(err, 'stack')) return;
  const desc = getOwnPropertyDescriptor(IntrinsicErrorPrototype, 'stack');
  if (desc === undefined || typeof desc.get !== 'function') return;
  try {
    callFunction(desc.get, err);
  } catch {
    // Leave the error as it is.
  }
}

function stackOf(err) {
  ownStack(err);
  return err.stack ? String(err.stack) : errorText(err);
}

function errorLabel(err, ctorName, tag, state, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);

  // Own name/message/stack properties already visible in the stack text are
  // not listed again.
  if (!state.showHidden && keys.length !== 0) {
    for (const prop of ['name', 'message', 'stack']) {
      const at = keys.indexOf(prop);
      if (at !== -1 && stack.includes(err[prop])) keys.splice(at, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = withClassInHeader(stack, ctorName, name, tag);

  // Frames start at the first "\n    at" after the message.
  let from = (err.message && stack.indexOf(err.message)) || -1;
  if (from !== -1) from += err.message.length;
  const framesAt = stack.indexOf('\n    at', from);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = framesOf(state, err, stack.slice(framesAt + 1));
    let text = stack.slice(0, framesAt);
    if (state.colors) {
      const dirs = { path: currentDirectory(), url: undefined };
      for (const frame of frames) text += `\n${colorFrame(state, frame, dirs)}`;
    } else {
      for (const frame of frames) text += `\n${frame}`;
    }
    stack = text;
  }
  if (state.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(state.indentationLvl)}`);
  }
  return stack;
}

// Makes the first line of a regular-looking stack name the class as the
// rest of inspect does: "MyError: x" for a subclass, "Foo [TypeError]: x"
// when the class name does not contain the error's name, and the null
// prototype / tag markers.
function withClassInHeader(stack, ctorName, name, tag) {
  let nameLength = name.length;
  if (ctorName !== null &&
      !(name.endsWith('Error') && stack.startsWith(name) &&
        (stack.length === nameLength || stack[nameLength] === ':' ||
         stack[nameLength] === '\n'))) {
    return stack;
  }
  let fallback = 'Error';
  if (ctorName === null) {
    fallback = leadingErrorName(stack);
    nameLength = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = prefixFor(ctorName, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return nameLength === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(nameLength)}`;
  }
  return `${prefix} [${name}]${stack.slice(nameLength)}`;
}

// The error name a stack text starts with, for errors without a prototype:
// a capitalised name (letters, digits, spaces, _ - [ ] ( )) followed by ":" or
// by a frame line, or a whole text that is one word ending in "Error".
function leadingErrorName(stack) {
  const c0 = stack.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) {
    let end = 1;
    while (end < stack.length && isHeaderNameChar(stack.charCodeAt(end))) end++;
    if (end > 1) {
      if (stack[end] === ':') return stack.slice(0, end);
      if (stack[end] === '\n') {
        let j = end + 1;
        while (j < stack.length && isWhitespace(stack.charCodeAt(j))) j++;
        if (j > end + 1 && stack.startsWith('at', j)) return stack.slice(0, end);
      }
    }
  }
  if (stack.endsWith('Error')) {
    for (let i = 0; i < stack.length; i++) {
      const c = stack.charCodeAt(i);
      if (!isWordChar(c) && c !== 45) return '';
    }
    return stack;
  }
  return '';
}

function isWordChar(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isHeaderNameChar(c) {
  return isWordChar(c) || c === 32 || c === 45 || c === 40 || c === 41 || c === 91 || c === 93;
}

// The frame lines of an error; frames it shares with the stack of its cause
// are summarised.
function framesOf(state, err, text) {
  const frames = text.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing getter counts as no cause.
  }
  if (cause != null && isError(cause)) {
    const causeStack = stackOf(cause);
    const at = causeStack.indexOf('\n    at');
    if (at !== -1) {
      const shared = identicalSequenceRange(frames, causeStack.slice(at + 1).split('\n'));
      if (shared.len > 0) {
        const hidden = shared.len - 2;
        frames.splice(shared.offset + 1, hidden, state.stylize(
          `    ... ${hidden} lines matching cause stack trace ...`, 'undefined'));
      }
    }
  }
  return frames;
}

// The module id of a frame located in a built-in module:
// "    at [name (]node:<id>:<line>:<column>[)]", or undefined.
function builtinFrameId(frame) {
  if (!frame.startsWith('    at ')) return undefined;
  const rest = frame.slice(7);
  // A function name is followed by " (" and has no slashes or parentheses.
  const paren = rest.indexOf('(');
  if (paren > 1 && rest[paren - 1] === ' ') {
    const name = rest.slice(0, paren - 1);
    if (!name.includes('/') && !name.includes('\\') && rest.startsWith('node:', paren + 1)) {
      const id = builtinLocationId(rest.slice(paren + 6));
      if (id !== undefined) return id;
    }
  }
  return rest.startsWith('node:') ? builtinLocationId(rest.slice(5)) : undefined;
}

// "<id>:<line>:<column>" with an optional ")" at the end -> <id>.
function builtinLocationId(text) {
  for (let i = 0; i < text.length; i++) {
    if (isLineBreak(text.charCodeAt(i))) return undefined;
  }
  let end = text.endsWith(')') ? text.length - 1 : text.length;
  const digitsBefore = (at) => {
    let i = at;
    while (i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) i--;
    return i;
  };
  let i = digitsBefore(end);
  if (i === end || text[i - 1] !== ':') return undefined;
  end = i - 1;
  i = digitsBefore(end);
  if (i === end || text[i - 1] !== ':' || i - 1 === 0) return undefined;
  return text.slice(0, i - 1);
}

// With colors: frames of built-in modules in grey; otherwise package names
// under node_modules underlined and the working directory (as a path, or
// else as a file URL) greyed. `dirs` caches the directory forms.
function colorFrame(state, frame, dirs) {
  const id = builtinFrameId(frame);
  if (id !== undefined && isBuiltinId(id)) return state.stylize(frame, 'undefined');
  frame = underlinePackages(state, frame);
  if (dirs.path !== undefined) {
    const marked = greyDirectory(state, frame, dirs.path);
    if (marked !== frame) return marked;
    if (dirs.url === undefined) dirs.url = fileUrlOf(dirs.path);
    return greyDirectory(state, frame, dirs.url);
  }
  return frame;
}

// Underlines package names after each "/node_modules/" (or with
// backslashes); a scoped name (@scope/name) counts as one. A name not followed
// by another separator is left alone.
function underlinePackages(state, frame) {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = frame.indexOf('node_modules', from);
    if (at === -1) break;
    from = at + 12;
    const sep = frame[at - 1];
    if ((sep !== '/' && sep !== '\\') || frame[at + 12] !== sep) continue;
    const start = at + 13;
    let end = frame.indexOf(sep, start);
    if (end !== -1 && frame[start] === '@') end = frame.indexOf(sep, end + 1);
    if (end === -1) break;
    out += frame.slice(copied, start) + state.stylize(frame.slice(start, end), 'module');
    copied = end;
    from = end;
  }
  return copied === 0 ? frame : out + frame.slice(copied);
}

// Greys `dir` (with a "file://" in front of it, and the opening parenthesis
// of the location) where the frame contains it, plus the closing
// parenthesis; the file name after the directory stays as it is.
function greyDirectory(state, frame, dir) {
  let at = frame.indexOf(dir);
  if (at === -1) return frame;
  let length = dir.length;
  if (frame.slice(at - 7, at) === 'file://') {
    at -= 7;
    length += 7;
  }
  const start = frame[at - 1] === '(' ? at - 1 : at;
  const end = start !== at && frame.endsWith(')') ? -1 : frame.length;
  const dirEnd = at + length + 1;
  let out = frame.slice(0, start) + state.stylize(frame.slice(start, dirEnd), 'undefined') +
    frame.slice(dirEnd, end);
  if (end === -1) out += state.stylize(')', 'undefined');
  return out;
}

function currentDirectory() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// file:// URL text of an absolute path (what frames of ES modules show):
// controls, non-ASCII and the characters URL paths escape are
// percent-encoded as UTF-8.
function fileUrlOf(path) {
  let out = 'file://';
  for (const ch of path) {
    const c = ch.codePointAt(0);
    out += c < 0x20 || c > 0x7e || ' "#%<>?`{}\\'.includes(ch) ? percentEncoded(c) : ch;
  }
  return out;
}

function percentEncoded(c) {
  if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;  // lone surrogate
  let bytes;
  if (c < 0x80) {
    bytes = [c];
  } else if (c < 0x800) {
    bytes = [0xc0 | (c >> 6), 0x80 | (c & 63)];
  } else if (c < 0x10000) {
    bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  } else {
    bytes = [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    out += `%${bytes[i] < 16 ? '0' : ''}${bytes[i].toString(16).toUpperCase()}`;
  }
  return out;
}

/**
 * Finds the first run of more than three equal lines that `a` shares with
 * `b` (matching starts at the first line of `a` found in `b`).
 * @returns {{ len: number, offset: number }} run length and start in `a`
 */
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1) continue;
    const left = b.length - at;
    if (left <= 3) continue;
    const limit = min(a.length - i, left);
    let len = 1;
    while (len < limit && a[i + len] === b[at + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// --- layout ---------------------------------------------------------------------

// Joins the entry texts of one object: on one line when they are few and
// short enough, else one per line; many short array entries are arranged in
// aligned columns first.
function arrange(state, output, base, open, close, kind, level, value) {
  if (state.compact !== true) {
    if (typeof state.compact === 'number' && state.compact >= 1) {
      const count = output.length;
      if (kind === KIND_ARRAY_EXTRA && count > 6) output = toColumns(state, output, value);
      // Only the innermost `compact` levels may be put on one line, and not
      // when columns were formed.
      if (state.deepest - level < state.compact && count === output.length) {
        const start = output.length + state.indentationLvl + open.length + base.length + 10;
        if (fitsOnLine(state, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${open} ${joined} ${close}`;
          }
        }
      }
    }
    const nl = `\n${' '.repeat(state.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${open}${nl}  ${output.join(`,${nl}  `)}${nl}${close}`;
  }
  // compact === true: fill lines, continuation lines indented by two.
  if (fitsOnLine(state, output, 0, base)) {
    return `${open}${base ? ` ${base}` : ''} ${output.join(', ')} ${close}`;
  }
  const pad = ' '.repeat(state.indentationLvl);
  // A wide opener ("Set {") pushes the first entry onto its own line.
  const lead = base === '' && open.length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${pad}  `;
  return `${open}${lead}${output.join(`,\n${pad}  `)} ${close}`;
}

const sgrPattern = /\u001b\[\d\d?m/g;

function fitsOnLine(state, output, start, base) {
  // Every entry brings at least a separator.
  let total = output.length + start;
  if (total + output.length > state.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += state.colors ? output[i].replace(sgrPattern, '').length : output[i].length;
    if (total > state.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Packs array entries into rows of aligned columns. The column count aims
// for a roughly square block (a character being about 2.5 times as high as
// wide), favours more columns for short entries, and stays within
// breakLength, 4 * compact and 15. Numbers are right-aligned, everything else
// left-aligned. Entries of very different widths are left alone.
function toColumns(state, output, value) {
  let entries = output.length;
  // The trailing "... more items" does not take part.
  if (state.maxArrayLength < output.length) entries--;
  const widths = new Array(entries);
  let total = 0;
  let widest = 0;
  for (let i = 0; i < entries; i++) {
    const w = getStringWidth(output[i], state.colors);
    widths[i] = w;
    total += w + 2;
    if (w > widest) widest = w;
  }
  const cell = widest + 2;
  if (cell * 3 + state.indentationLvl >= state.breakLength ||
      !(total / cell > 5 || widest <= 6)) {
    return output;
  }
  const bias = sqrt(cell - total / output.length);
  const biasedCell = max(cell - 3 - bias, 1);
  const columns = min(
    round(sqrt(2.5 * biasedCell * entries) / biasedCell),
    floor((state.breakLength - state.indentationLvl) / cell),
    state.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < entries; j += columns) if (widths[j] > w) w = widths[j];
    columnWidths.push(w + 2);
  }
  let rightAlign = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      const t = typeof value[i];
      if (t !== 'number' && t !== 'bigint') {
        rightAlign = false;
        break;
      }
    }
  }
  const rows = [];
  for (let first = 0; first < entries; first += columns) {
    const last = min(first + columns, entries) - 1;
    let row = '';
    for (let j = first; j < last; j++) {
      // Pad by display width; escape codes take no columns.
      const target = columnWidths[j - first] + output[j].length - widths[j];
      row += rightAlign ? `${output[j]}, `.padStart(target, ' ') :
        `${output[j]}, `.padEnd(target, ' ');
    }
    if (rightAlign) {
      const target = columnWidths[last - first] + output[last].length - widths[last] - 2;
      row += output[last].padStart(target, ' ');
    } else {
      row += output[last];
    }
    rows.push(row);
  }
  if (state.maxArrayLength < output.length) rows.push(output[entries]);
  return rows;
}

// --- format() -------------------------------------------------------------------

function formatWithOptions(inspectOptions, ...args) {
  const v = lazyValidators();
  v.validateObject(inspectOptions, 'inspectOptions', v.kValidateObjectAllowArray);
  return formatList(inspectOptions, args);
}

function format(...args) {
  return formatList(undefined, args);
}

function plainNumber(number, options) {
  const grouped = options !== undefined && options !== null ?
    options.numericSeparator : undefined;
  return formatNumber(stylizeNoColor, number,
                      grouped ?? inspectDefaultOptions.numericSeparator);
}

function plainBigInt(bigint, options) {
  const grouped = options !== undefined && options !== null ?
    options.numericSeparator : undefined;
  return formatBigInt(stylizeNoColor, bigint,
                      grouped ?? inspectDefaultOptions.numericSeparator);
}

// printf-like formatting: the first argument, when a string, may hold
// %s %d %i %f %j %o %O %c and %% directives; the remaining arguments are
// appended, separated by spaces (strings as they are, others inspected).
function formatList(options, args) {
  const first = args[0];
  let used = 0;   // index of the last argument consumed by a directive
  let out = '';
  let sep = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0;   // `first` is copied to `out` up to here
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const directive = first.charCodeAt(++i);
      if (used + 1 === args.length) {
        // Out of arguments: only "%%" still collapses.
        if (directive === 37) {
          out += first.slice(copied, i);
          copied = i + 1;
        }
        continue;
      }
      let piece;
      switch (directive) {
        case 115: // s
          piece = formatAsString(args[++used], options);
          break;
        case 106: // j
          piece = jsonOf(args[++used]);
          break;
        case 100: { // d
          const n = args[++used];
          piece = typeof n === 'bigint' ? plainBigInt(n, options) :
            typeof n === 'symbol' ? 'NaN' : plainNumber(Number(n), options);
          break;
        }
        case 79: // O
          piece = inspect(args[++used], options);
          break;
        case 111: // o
          piece = inspect(args[++used], {
            ...options, showHidden: true, showProxy: true, depth: 4,
          });
          break;
        case 105: { // i
          const n = args[++used];
          piece = typeof n === 'bigint' ? plainBigInt(n, options) :
            typeof n === 'symbol' ? 'NaN' : plainNumber(parseIntNumber(n), options);
          break;
        }
        case 102: { // f
          const n = args[++used];
          piece = typeof n === 'symbol' ? 'NaN' : plainNumber(parseFloatNumber(n), options);
          break;
        }
        case 99: // c: CSS is accepted and dropped
          used++;
          piece = '';
          break;
        case 37: // %
          out += first.slice(copied, i);
          copied = i + 1;
          continue;
        default:
          continue;
      }
      if (copied !== i - 1) out += first.slice(copied, i - 1);
      out += piece;
      copied = i + 1;
    }
    if (copied !== 0) {
      used++;
      sep = ' ';
      if (copied < first.length) out += first.slice(copied);
    }
  }
  for (; used < args.length; used++) {
    const arg = args[used];
    out += sep;
    out += typeof arg === 'string' ? arg : inspect(arg, options);
    sep = ' ';
  }
  return out;
}

function formatAsString(arg, options) {
  if (typeof arg === 'number') return plainNumber(arg, options);
  if (typeof arg === 'bigint') return plainBigInt(arg, options);
  if (typeof arg !== 'object' || arg === null || !usesBuiltinToString(arg)) {
    return String(arg);
  }
  return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
}

// Whether %s should inspect `value` rather than convert it to a string: true
// unless a Symbol.toPrimitive or toString from user code would be used.
function usesBuiltinToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (hasOwn(value, SymbolToPrimitive)) return false;
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  // The conversion comes from the nearest prototype defining toString or
  // Symbol.toPrimitive.
  let holder = value;
  do {
    holder = getPrototypeOf(holder);
  } while (!hasOwn(holder, 'toString') && !hasOwn(holder, SymbolToPrimitive));
  const desc = getOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtinConstructorNames.has(desc.value.name);
}

let circularJsonMessage;
function jsonOf(value) {
  try {
    return jsonStringify(value);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      try {
        const loop = {};
        loop.loop = loop;
        jsonStringify(loop);
      } catch (e) {
        circularJsonMessage = firstLine(e);
      }
    }
    if (err.name === 'TypeError' && firstLine(err) === circularJsonMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function firstLine(err) {
  const message = `${err.message}`;
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

// --- text width, control sequences --------------------------------------------

/**
 * Removes VT control sequences (colors, cursor movement, hyperlinks).
 * @param {string} str
 * @returns {string}
 */
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') lazyValidators().validateString(str, 'str');
  // One pass to find the first ESC / CSI and whether any string terminator
  // (BEL, ST, ESC \) occurs; without one only the parameter form can match.
  const len = str.length;
  let first = -1;
  let terminated = false;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x1b) {
      if (first === -1) first = i;
      if (str.charCodeAt(i + 1) === 0x5c) terminated = true;
    } else if (c === 0x9b) {
      if (first === -1) first = i;
    } else if (c === 0x07 || c === 0x9c) {
      terminated = true;
    }
  }
  if (first === -1) return str;
  let out = '';
  let copied = 0;
  for (let i = first; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c !== 0x1b && c !== 0x9b) continue;
    const end = controlSequenceEnd(str, i + 1, terminated);
    if (end === -1) continue;
    out += str.slice(copied, i);
    copied = end;
    i = end - 1;
  }
  return copied === 0 ? str : out + str.slice(copied);
}

// Where the control sequence introduced by ESC / CSI just before `from`
// ends, or -1. Recognised (as terminals print them): intermediate
// characters "[ ] ( ) # ; ?", then either a string of parameters ended by
// BEL, ESC \ or ST (OSC style: ";p;p" or "word;p;p"), or up to four digits
// per ";"-separated number followed by a final character. The longest
// intermediate run that leads to a complete sequence wins.
function controlSequenceEnd(str, from, terminated) {
  let run = from;
  while (run < str.length && isIntermediate(str.charCodeAt(run))) run++;
  for (let at = run; at >= from; at--) {
    let end = terminated ? stringSequenceEnd(str, at) : -1;
    if (end === -1) end = parameterSequenceEnd(str, at);
    if (end !== -1) return end;
  }
  return -1;
}

function isIntermediate(c) {
  // [ ] ( ) # ; ?
  return c === 0x5b || c === 0x5d || c === 0x28 || c === 0x29 || c === 0x23 ||
    c === 0x3b || c === 0x3f;
}

function isParameterChar(c) {
  // letters, digits and - / # & . : = ? % @ ~ _
  return isWordChar(c) || c === 0x2d || c === 0x2f || c === 0x23 || c === 0x26 ||
    c === 0x2e || c === 0x3a || c === 0x3d || c === 0x3f || c === 0x25 || c === 0x40 ||
    c === 0x7e;
}

function isFinalChar(c) {
  if (c >= 48 && c <= 57) return true;                      // 0-9
  if (c >= 65 && c <= 90) return c <= 80 || (c >= 82 && c <= 84) || c === 90; // A-P R-T Z
  if (c >= 97 && c <= 122) {
    return c === 99 || (c >= 102 && c <= 110) || (c >= 113 && c <= 117) || c === 121;
  }
  return c === 0x3d || c === 0x3e || c === 0x3c || c === 0x7e;  // = > < ~
}

// Length of a string terminator (BEL, ESC \, ST) at `at`, or 0.
function terminatorLength(str, at) {
  const c = str.charCodeAt(at);
  if (c === 0x07 || c === 0x9c) return 1;
  return c === 0x1b && str.charCodeAt(at + 1) === 0x5c ? 2 : 0;
}

function stringSequenceEnd(str, at) {
  // ";p;p..." (each parameter non-empty)
  let i = at;
  while (str.charCodeAt(i) === 0x3b && isParameterChar(str.charCodeAt(i + 1))) {
    i += 2;
    while (isParameterChar(str.charCodeAt(i))) i++;
  }
  let t = terminatorLength(str, i);
  if (t !== 0) return i + t;
  // "word;p;p..." (parameters may be empty)
  i = at;
  while (isWordChar(str.charCodeAt(i)) && str.charCodeAt(i) !== 95) i++;
  if (i === at) return -1;
  while (str.charCodeAt(i) === 0x3b) {
    i++;
    while (isParameterChar(str.charCodeAt(i))) i++;
  }
  t = terminatorLength(str, i);
  return t !== 0 ? i + t : -1;
}

function parameterSequenceEnd(str, at) {
  // Numbers: 1-4 digits first, then ";" and 0-4 digits, repeatedly. Any
  // prefix of such a list may stand before the final character; the longest
  // one followed by a final character is taken.
  let best = isFinalChar(str.charCodeAt(at)) ? at + 1 : -1;
  let i = at;
  let digits = 0;
  let first = true;
  for (;;) {
    const c = str.charCodeAt(i);
    if (c >= 48 && c <= 57 && digits < 4) {
      digits++;
    } else if (c === 0x3b && !(first && digits === 0)) {
      first = false;
      digits = 0;
    } else {
      break;
    }
    i++;
    if (isFinalChar(str.charCodeAt(i))) best = i + 1;
  }
  return best;
}

let codePointWidth;

/**
 * Number of terminal columns `str` takes (East Asian wide characters and
 * emoji count two, combining marks and controls none).
 * @param {string} str
 * @param {boolean} [removeControlChars]
 * @returns {number}
 */
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 127) return width + wideTextWidth(stringNormalize(str.slice(i), 'NFC'));
    if (c >= 32) width++;
  }
  return width;
}

function wideTextWidth(text) {
  if (codePointWidth === undefined) {
    codePointWidth = require('internal/util/string_width').getCodePointWidth;
  }
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        i++;
      }
    }
    if (c < 127) width += c >= 32 ? 1 : 0;
    else width += codePointWidth(c);
  }
  return width;
}

// Code points taking no column: controls, combining marks, zero-width
// spaces and joiners, variation selectors.
const zeroWidthRanges = [
  0x0000, 0x001F, 0x007F, 0x009F, 0x0300, 0x036F, 0x200B, 0x200F,
  0x20D0, 0x20FF, 0xFE00, 0xFE0F, 0xFE20, 0xFE2F, 0xE0100, 0xE01EF,
];

function isZeroWidthCodePoint(code) {
  for (let i = 0; i < zeroWidthRanges.length; i += 2) {
    if (code < zeroWidthRanges[i]) return false;
    if (code <= zeroWidthRanges[i + 1]) return true;
  }
  return false;
}

module.exports = {
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isZeroWidthCodePoint,
};
