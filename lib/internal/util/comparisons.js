// eddy: structural equality behind assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual, with Node 20's rules:
//   - loose mode compares primitives with `==` (NaN equals NaN), ignores
//     prototypes and symbol keys, and lets Set/Map primitives match loosely;
//   - strict mode uses Object.is for primitives (so -0 !== 0), requires equal
//     prototypes and compares own enumerable symbol keys as well;
//   - both require the same Object.prototype.toString tag, the same own
//     enumerable string keys, array holes in the same places, and compare the
//     hidden state of Dates, RegExps (source, flags, lastIndex), errors (name,
//     message, cause, errors), boxed primitives, typed arrays and buffers.
// WeakMap/WeakSet contents and Proxy handlers are invisible: such objects are
// compared through their own properties like any ordinary object.
'use strict';

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = internalBinding('types');
const { getOwnNonIndexProperties, ONLY_ENUMERABLE } = internalBinding('util');

const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const NumberIsNaN = Number.isNaN;
const ArrayIsArray = Array.isArray;
const ReflectApply = Reflect.apply;
const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const objectToString = Object.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const SetCtor = Set;

const kLoose = false;
const kStrict = true;

// What kind of contents objEquiv has to walk besides the listed keys.
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;
const kError = 4;

const own = (obj, key) => ReflectApply(hasOwn, obj, [key]);
const enumerable = (obj, key) => ReflectApply(isEnumerable, obj, [key]);

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// Node's duck test for WHATWG URL instances (their state is private).
function isURL(value) {
  return Boolean(value && value.href && value.protocol &&
                 value.auth === undefined && value.path === undefined);
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags &&
    a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function isFloatArray(view) {
  const tag = ReflectApply(typedArrayTag, view, []);
  return tag === 'Float32Array' || tag === 'Float64Array';
}

// Loose float arrays compare element values, so 0 equals -0 and NaN differs
// from NaN; everything else compares raw bytes.
function sameElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedValue(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      ObjectIs(ReflectApply(numberValueOf, a, []), ReflectApply(numberValueOf, b, []));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      ReflectApply(stringValueOf, a, []) === ReflectApply(stringValueOf, b, []);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      ReflectApply(booleanValueOf, a, []) === ReflectApply(booleanValueOf, b, []);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      ReflectApply(bigintValueOf, a, []) === ReflectApply(bigintValueOf, b, []);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      ReflectApply(symbolValueOf, a, []) === ReflectApply(symbolValueOf, b, []);
  }
  return false;
}

// Own enumerable keys that are not array indices; symbols only count in
// strict mode.
function extraKeys(obj, strict) {
  const keys = getOwnNonIndexProperties(obj, ONLY_ENUMERABLE);
  if (strict) return keys;
  return keys.filter((k) => typeof k === 'string');
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    // Only 0 and -0 are === without being the same value.
    return a !== 0 || !strict || ObjectIs(a, b);
  }
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && NumberIsNaN(a) && NumberIsNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  } else {
    const aIsObject = a !== null && typeof a === 'object';
    const bIsObject = b !== null && typeof b === 'object';
    if (!aIsObject || !bIsObject) {
      if (aIsObject || bIsObject) return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (NumberIsNaN(a) && NumberIsNaN(b));
    }
  }
  return compareObjects(a, b, strict, memos);
}

function compareObjects(a, b, strict, memos) {
  const tag = ReflectApply(objectToString, a, []);
  if (tag !== ReflectApply(objectToString, b, [])) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b) || a.length !== b.length) return false;
    const keysA = extraKeys(a, strict);
    if (keysA.length !== extraKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kArray, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kPlain);
  }
  if (isDate(a)) {
    if (!isDate(b) ||
        ReflectApply(dateGetTime, a, []) !== ReflectApply(dateGetTime, b, [])) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    // The stack is left out: it differs between otherwise equal errors.
    if (!isError(b) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    return keyCheck(a, b, strict, memos, kError);
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) ||
        ReflectApply(typedArrayTag, a, []) !== ReflectApply(typedArrayTag, b, [])) {
      return false;
    }
    if (!strict && isFloatArray(a)) {
      if (!sameElements(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    // Equal contents mean equal lengths; only named keys are left.
    const keysA = extraKeys(a, strict);
    if (keysA.length !== extraKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kPlain, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) ||
        !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedValue(a, b)) return false;
  } else if (ArrayIsArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) ||
             isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) ||
             isBoxedPrimitive(b) || isError(b)) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, kPlain);
}

// Compares own enumerable keys (string keys, plus symbols in strict mode),
// then the contents, guarding against cycles. `keysA` is given for arrays and
// typed arrays, where it already lists the non-index keys.
function keyCheck(a, b, strict, memos, kind, keysA) {
  const listed = keysA !== undefined;
  if (!listed) {
    keysA = ObjectKeys(a);
    if (keysA.length !== ObjectKeys(b).length) return false;
  }
  for (let i = 0; i < keysA.length; i++) {
    if (!enumerable(b, keysA[i])) return false;
  }

  if (strict && !listed) {
    const symbolsA = ObjectGetOwnPropertySymbols(a);
    const symbolsB = ObjectGetOwnPropertySymbols(b);
    if (symbolsA.length !== 0) {
      let count = 0;
      for (let i = 0; i < symbolsA.length; i++) {
        const key = symbolsA[i];
        if (enumerable(a, key)) {
          if (!enumerable(b, key)) return false;
          keysA.push(key);
          count++;
        } else if (enumerable(b, key)) {
          return false;
        }
      }
      // As in node, the enumerable symbols of `b` are only counted when the
      // two objects own a different number of symbols.
      if (symbolsA.length !== symbolsB.length &&
          countEnumerable(b, symbolsB) !== count) {
        return false;
      }
    } else if (symbolsB.length !== 0 && countEnumerable(b, symbolsB) !== 0) {
      return false;
    }
  }

  if (keysA.length === 0 &&
      (kind === kPlain ||
       (kind === kArray && a.length === 0) ||
       ((kind === kSet || kind === kMap) && a.size === 0))) {
    return true;
  }

  // Cycle guard. Objects on the current comparison path are remembered; when
  // both sides of a pair are already on it, the pair is taken as equal (it is
  // being compared further up). The first two levels are kept in plain fields
  // so shallow comparisons need no Set.
  if (memos === undefined) {
    memos = { a: a, b: b, c: undefined, d: undefined, deep: false, set: undefined };
    return objEquiv(a, b, strict, keysA, memos, kind);
  }
  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keysA, memos, kind);
      memos.deep = false;
      return result;
    }
    memos.set = new SetCtor([memos.a, memos.b, memos.c, memos.d]);
  }
  const path = memos.set;
  const size = path.size;
  path.add(a);
  path.add(b);
  if (path.size === size) return true;
  const result = objEquiv(a, b, strict, keysA, memos, kind);
  path.delete(a);
  path.delete(b);
  return result;
}

function countEnumerable(obj, keys) {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    if (enumerable(obj, keys[i])) n++;
  }
  return n;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === kSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === kMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (kind === kArray) {
    for (let i = 0; i < a.length; i++) {
      if (own(a, i)) {
        if (!own(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
          return false;
        }
      } else if (own(b, i)) {
        return false;
      } else {
        // A hole in both: compare the remaining own keys one by one (the
        // keys before position i are the indices already checked).
        const allA = ObjectKeys(a);
        for (let j = i; j < allA.length; j++) {
          const key = allA[j];
          if (!own(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return allA.length === ObjectKeys(b).length;
      }
    }
  } else if (kind === kError) {
    // `cause` and `errors` are usually non-enumerable own properties; when
    // enumerable they are part of the key comparison below.
    if (!enumerable(a, 'cause') &&
        !innerDeepEqual(a.cause, b.cause, strict, memos)) {
      return false;
    }
    if (!enumerable(a, 'errors') &&
        !innerDeepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// --- Sets ----------------------------------------------------------------------

// Removes from `candidates` the first entry deep-equal to `value`.
function takeEqualElement(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

// For a primitive missing from the other collection in loose mode: `true` or
// `false` when that is already decided, else the one value (null for
// undefined, undefined for null) that could stand in for it. Strings, numbers,
// bigints and booleans may equal many values (1n == '+01'), so those always
// need a full search; symbols and NaN never match anything else.
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':  // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !NumberIsNaN(+prim);
    case 'number':
      return !NumberIsNaN(prim);
    default:
      return true;
  }
}

function setMayHaveLoosePrimitive(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt === true || alt === false) return alt;
  return b.has(alt) && !a.has(alt);
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` with no identical partner in `b`; they are paired with
  // deep-equal values of `b` afterwards.
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new SetCtor();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMayHaveLoosePrimitive(a, b, value)) return false;
      if (pending === null) pending = new SetCtor();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) &&
               !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// --- Maps ----------------------------------------------------------------------

function mapMayHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseCounterpart(prim);
  if (alt === true || alt === false) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) ||
      !innerDeepEqual(item, other, kLoose, memos)) {
    return false;
  }
  return !a.has(alt);
}

// Removes from `candidates` (keys of `map`) the first key deep-equal to `key`
// whose value is deep-equal to `item`. All keys are tried, so entries such as
// [{}, 'a'], [{}, 'b'] pair up in any order.
function takeEqualEntry(candidates, map, key, item, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const { 0: key, 1: item } of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new SetCtor();
      pending.add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) ||
          !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        if (!mapMayHaveLoosePrimitive(a, b, key, item, memos)) return false;
        if (pending === null) pending = new SetCtor();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, kLoose, memos)) &&
               !takeEqualEntry(pending, a, key, item, kLoose, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
