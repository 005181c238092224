// eddy: util.types (node's lib/internal/util/types.js): engine checks from
// the types binding, typed-array kinds through the %TypedArray%.prototype
// @@toStringTag getter, function kinds through their intrinsic prototypes.
'use strict';

const binding = internalBinding('types');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function typedArrayKind(value) {
  return getTag.call(value);
}

const AsyncFunctionProto = Object.getPrototypeOf(async function() {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});

function isAsyncFunction(v) {
  if (typeof v !== 'function') return false;
  const p = Object.getPrototypeOf(v);
  return p === AsyncFunctionProto || p === AsyncGeneratorFunctionProto;
}

function isGeneratorFunction(v) {
  if (typeof v !== 'function') return false;
  const p = Object.getPrototypeOf(v);
  return p === GeneratorFunctionProto || p === AsyncGeneratorFunctionProto;
}

function isGeneratorObject(v) {
  return binding.isGeneratorObject(v) || binding.isAsyncGeneratorObject(v);
}

const kinds = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array'];

const types = {
  isExternal: binding.isExternal,
  isDate: binding.isDate,
  isArgumentsObject: binding.isArgumentsObject,
  isBigIntObject: binding.isBigIntObject,
  isBooleanObject: binding.isBooleanObject,
  isNumberObject: binding.isNumberObject,
  isStringObject: binding.isStringObject,
  isSymbolObject: binding.isSymbolObject,
  isBoxedPrimitive: binding.isBoxedPrimitive,
  isNativeError: binding.isNativeError,
  isRegExp: binding.isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise: binding.isPromise,
  isMap: binding.isMap,
  isSet: binding.isSet,
  isMapIterator: binding.isMapIterator,
  isSetIterator: binding.isSetIterator,
  isWeakMap: binding.isWeakMap,
  isWeakSet: binding.isWeakSet,
  isArrayBuffer: binding.isArrayBuffer,
  isDataView: binding.isDataView,
  isSharedArrayBuffer: binding.isSharedArrayBuffer,
  isProxy: (v) => binding.isProxy(v),
  isModuleNamespaceObject: binding.isModuleNamespaceObject,
  isAnyArrayBuffer: binding.isAnyArrayBuffer,
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => typedArrayKind(v) !== undefined,
  // Only objects can be keys; crypto's key module loads on the first one.
  isKeyObject: (v) => v !== null && typeof v === 'object' &&
    require('internal/crypto/keys_object').isKeyObject(v),
  isCryptoKey: (v) => v !== null && typeof v === 'object' &&
    require('internal/crypto/keys_object').isCryptoKey(v),
};
for (const kind of kinds) {
  types[`is${kind}`] = (v) => typedArrayKind(v) === kind;
}

module.exports = types;
