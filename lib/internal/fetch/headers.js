// eddy: the WHATWG Headers class (fetch §5.2) and the header list behind it.
//
// A HeaderList maps lower-cased names to { name, value } (the name as first
// given, values combined with ", ", or "; " for cookie) in insertion order,
// which is the order fetch sends them in; set-cookie values are also kept
// one by one for getSetCookie and iteration. Iteration uses the sorted and
// combined view of the spec, cached until the list changes. A list built from
// a response's raw headers stays that array until someone looks at it.
'use strict';

const {
  argumentCount,
  formatWithOptions,
  illegalInvocation,
  isObjectLike,
  isToken,
  isValidHeaderValue,
  kInspect,
  normalizeHeaderValue,
  toByteString,
} = require('internal/fetch/util');

class HeaderList {
  constructor(raw = null) {
    // Parallel arrays: lower-cased name, name as first given, value.
    // Header lists are short, so a linear search beats a Map here.
    this.lowers = [];
    this.names = [];
    this.values = [];
    this.cookies = null;
    this.sortedCache = null;
    // A flat [name, value, ...] array not yet added (network responses).
    this.raw = raw;
  }

  materialize() {
    const raw = this.raw;
    this.raw = null;
    // Names from the network are kept lower-cased, as undici does.
    for (let i = 0; i < raw.length; i += 2) {
      const lower = raw[i].toLowerCase();
      this.append(lower, raw[i + 1], lower);
    }
  }

  // Looks a lower-cased name up in a raw list without building the lists.
  static rawGet(raw, lower) {
    let value = null;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i];
      if (name.length === lower.length && name.toLowerCase() === lower) {
        value = value === null ? raw[i + 1] :
          `${value}${lower === 'cookie' ? '; ' : ', '}${raw[i + 1]}`;
      }
    }
    return value;
  }

  contains(lower) {
    if (this.raw !== null) this.materialize();
    return this.lowers.indexOf(lower) !== -1;
  }

  get(lower) {
    if (this.raw !== null) return HeaderList.rawGet(this.raw, lower);
    const index = this.lowers.indexOf(lower);
    return index === -1 ? null : this.values[index];
  }

  append(name, value, lower) {
    if (this.raw !== null) this.materialize();
    const index = this.lowers.indexOf(lower);
    if (index === -1) {
      this.lowers.push(lower);
      this.names.push(name);
      this.values.push(value);
    } else {
      this.values[index] += (lower === 'cookie' ? '; ' : ', ') + value;
    }
    if (lower === 'set-cookie') (this.cookies ??= []).push(value);
    this.sortedCache = null;
  }

  set(name, value, lower) {
    if (this.raw !== null) this.materialize();
    const index = this.lowers.indexOf(lower);
    if (index === -1) {
      this.lowers.push(lower);
      this.names.push(name);
      this.values.push(value);
    } else {
      this.names[index] = name;
      this.values[index] = value;
    }
    if (lower === 'set-cookie') this.cookies = [value];
    this.sortedCache = null;
  }

  delete(lower) {
    if (this.raw !== null) this.materialize();
    if (lower === 'set-cookie') this.cookies = null;
    const index = this.lowers.indexOf(lower);
    if (index === -1) return;
    this.lowers.splice(index, 1);
    this.names.splice(index, 1);
    this.values.splice(index, 1);
    this.sortedCache = null;
  }

  get size() {
    if (this.raw !== null) this.materialize();
    return this.lowers.length;
  }

  copy() {
    const list = new HeaderList(this.raw);
    if (this.lowers.length !== 0) {
      list.lowers = this.lowers.slice();
      list.names = this.names.slice();
      list.values = this.values.slice();
    }
    if (this.cookies !== null) list.cookies = this.cookies.slice();
    return list;
  }

  // [[lower name, value], ...] sorted by name, set-cookie values one by one.
  sorted() {
    if (this.raw !== null) this.materialize();
    if (this.sortedCache !== null) return this.sortedCache;
    const order = this.lowers.map((lower, index) => index);
    const lowers = this.lowers;
    order.sort((a, b) => (lowers[a] < lowers[b] ? -1 : lowers[a] > lowers[b] ? 1 : 0));
    const out = [];
    for (let i = 0; i < order.length; i++) {
      const name = lowers[order[i]];
      if (name === 'set-cookie' && this.cookies !== null) {
        for (let j = 0; j < this.cookies.length; j++) out.push([name, this.cookies[j]]);
      } else {
        out.push([name, this.values[order[i]]]);
      }
    }
    this.sortedCache = out;
    return out;
  }

  // { name as given: combined value } for util.inspect.
  entriesObject() {
    if (this.raw !== null) this.materialize();
    const out = {};
    for (let i = 0; i < this.names.length; i++) {
      Object.defineProperty(out, this.names[i], {
        value: this.values[i], writable: true, enumerable: true, configurable: true,
      });
    }
    return out;
  }
}

// Guards: 'none', 'request', 'request-no-cors', 'response', 'immutable'.
const kInternal = Symbol('kInternal');
let pendingList = null;
let pendingGuard = 'none';
let isHeadersImpl;
let listOfImpl;
let guardOfImpl;
let setGuardImpl;

function checkName(name, context) {
  if (!isToken(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
}

function checkValue(value, context) {
  if (!isValidHeaderValue(value)) {
    throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }
}

// Appends after validating (the Headers "append" algorithm).
function appendHeader(list, guard, name, value, context) {
  value = normalizeHeaderValue(value);
  checkName(name, context);
  checkValue(value, context);
  if (guard === 'immutable') throw new TypeError('immutable');
  list.append(name, value, name.toLowerCase());
}

// Fills a list from a HeadersInit (sequence of pairs or record).
function fillHeaders(list, guard, init) {
  if (isHeadersImpl(init) && init[Symbol.iterator] === Headers.prototype.entries) {
    const source = listOfImpl(init);
    if (source.raw !== null) source.materialize();
    const names = source.names.slice();
    const values = source.values.slice();
    const lowers = source.lowers.slice();
    const cookies = source.cookies;
    for (let i = 0; i < names.length; i++) {
      if (lowers[i] === 'set-cookie' && cookies !== null) {
        for (const cookie of cookies) appendHeader(list, guard, names[i], cookie, 'Headers.append');
      } else {
        appendHeader(list, guard, names[i], values[i], 'Headers.append');
      }
    }
    return;
  }
  if (!isObjectLike(init)) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const iteratorMethod = init[Symbol.iterator];
  if (iteratorMethod !== undefined && iteratorMethod !== null) {
    if (typeof iteratorMethod !== 'function') {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    let index = 0;
    for (const pair of { [Symbol.iterator]() { return iteratorMethod.call(init); } }) {
      if (!isObjectLike(pair) || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`Headers contructor: init[${index}] (${
          typeof pair === 'symbol' ? pair.toString() : pair}) is not iterable.`);
      }
      const items = [];
      let j = 0;
      for (const item of pair) {
        items.push(toByteString(item, 'Headers contructor', `init[${index}][${j}]`));
        j++;
      }
      if (items.length !== 2) {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            `found ${items.length}.`);
      }
      appendHeader(list, guard, items[0], items[1], 'Headers.append');
      index++;
    }
    return;
  }
  // A record: own enumerable keys, in order.
  const keys = Reflect.ownKeys(init);
  const pairs = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    const name = toByteString(key, 'Headers contructor', 'init');
    pairs.push(name, toByteString(init[key], 'Headers contructor', 'init'));
  }
  for (let i = 0; i < pairs.length; i += 2) {
    appendHeader(list, guard, pairs[i], pairs[i + 1], 'Headers.append');
  }
}

class Headers {
  #list;
  #guard;

  constructor(init = undefined) {
    if (init === kInternal) {
      this.#list = pendingList;
      this.#guard = pendingGuard;
      pendingList = null;
      return;
    }
    this.#list = new HeaderList();
    this.#guard = 'none';
    if (init !== undefined) fillHeaders(this.#list, 'none', init);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) throw illegalInvocation();
  }

  append(name, value) {
    Headers.#check(this);
    argumentCount(arguments.length, 2, 'Headers.append');
    name = toByteString(name, 'Headers.append', 'name');
    value = toByteString(value, 'Headers.append', 'value');
    appendHeader(this.#list, this.#guard, name, value, 'Headers.append');
  }

  delete(name) {
    Headers.#check(this);
    argumentCount(arguments.length, 1, 'Headers.delete');
    name = toByteString(name, 'Headers.delete', 'name');
    checkName(name, 'Headers.delete');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    const lower = name.toLowerCase();
    if (!this.#list.contains(lower)) return;
    this.#list.delete(lower);
  }

  get(name) {
    Headers.#check(this);
    argumentCount(arguments.length, 1, 'Headers.get');
    name = toByteString(name, 'Headers.get', 'name');
    checkName(name, 'Headers.get');
    return this.#list.get(name.toLowerCase());
  }

  has(name) {
    Headers.#check(this);
    argumentCount(arguments.length, 1, 'Headers.has');
    name = toByteString(name, 'Headers.has', 'name');
    checkName(name, 'Headers.has');
    return this.#list.contains(name.toLowerCase());
  }

  set(name, value) {
    Headers.#check(this);
    argumentCount(arguments.length, 2, 'Headers.set');
    name = toByteString(name, 'Headers.set', 'name');
    value = normalizeHeaderValue(toByteString(value, 'Headers.set', 'value'));
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.set(name, value, name.toLowerCase());
  }

  getSetCookie() {
    Headers.#check(this);
    const list = this.#list;
    if (list.raw !== null) list.materialize();
    return list.cookies === null ? [] : list.cookies.slice();
  }

  keys() {
    Headers.#check(this);
    return createIterator(this, 'key');
  }

  values() {
    Headers.#check(this);
    return createIterator(this, 'value');
  }

  entries() {
    Headers.#check(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    Headers.#check(this);
    argumentCount(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of " +
                          "type 'Function'.");
    }
    for (let i = 0; ; i++) {
      const sorted = this.#list.sorted();
      if (i >= sorted.length) break;
      const pair = sorted[i];
      callback.call(thisArg, pair[1], pair[0], this);
    }
  }

  [kInspect](depth, options) {
    const opts = { ...options };
    opts.depth ??= depth;
    return `Headers ${formatWithOptions(opts, this.#list.entriesObject())}`;
  }

  static {
    isHeadersImpl = (value) => value !== null && typeof value === 'object' && #list in value;
    listOfImpl = (headers) => headers.#list;
    guardOfImpl = (headers) => headers.#guard;
    setGuardImpl = (headers, guard) => { headers.#guard = guard; };
  }
}

// A Headers object over an existing list (a Request's or Response's).
function makeHeaders(list, guard) {
  pendingList = list;
  pendingGuard = guard;
  return new Headers(kInternal);
}

Object.defineProperties(Headers.prototype, {
  append: { enumerable: true },
  delete: { enumerable: true },
  get: { enumerable: true },
  has: { enumerable: true },
  set: { enumerable: true },
  getSetCookie: { enumerable: true },
  keys: { enumerable: true },
  values: { enumerable: true },
  entries: { enumerable: true },
  forEach: { enumerable: true },
  [Symbol.iterator]: {
    value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Headers', configurable: true },
});

// --- iterators -------------------------------------------------------------------

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// Iterator objects have no own properties; their state lives in private
// fields stamped on by a constructor that returns its argument.
class ReturnsArgument {
  constructor(object) { return object; }
}

function makeIteratorKind(interfaceName, listOf) {
  const proto = Object.create(IteratorPrototype);
  let isIterator;
  let advance;
  class Stamp extends ReturnsArgument {
    #target;
    #kind;
    #index = 0;
    constructor(object, target, kind) {
      super(object);
      this.#target = target;
      this.#kind = kind;
    }

    static {
      isIterator = (value) => value !== null && typeof value === 'object' && #target in value;
      advance = (it) => {
        const list = listOf(it.#target);
        const index = it.#index;
        if (index >= list.length) return { value: undefined, done: true };
        it.#index = index + 1;
        const pair = list[index];
        const kind = it.#kind;
        if (kind === 'key') return { value: pair[0], done: false };
        if (kind === 'value') return { value: pair[1], done: false };
        return { value: [pair[0], pair[1]], done: false };
      };
    }
  }
  Object.defineProperty(proto, 'next', {
    value: {
      next() {
        if (!isIterator(this)) {
          throw new TypeError(`'next' called on an object that does not implement interface ${
            interfaceName} Iterator.`);
        }
        return advance(this);
      },
    }.next,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: `${interfaceName} Iterator`, configurable: true,
  });
  return (target, kind) => new Stamp(Object.create(proto), target, kind);
}

const createIterator = makeIteratorKind('Headers', (headers) => listOfImpl(headers).sorted());

module.exports = {
  Headers,
  HeaderList,
  appendHeader,
  fillHeaders,
  guardOf: (headers) => guardOfImpl(headers),
  isHeaders: (value) => isHeadersImpl(value),
  listOf: (headers) => listOfImpl(headers),
  makeHeaders,
  makeIteratorKind,
  setGuard: (headers, guard) => setGuardImpl(headers, guard),
};
