// eddy: DOMException (WebIDL), with the legacy numeric codes for the names
// that have one. Node exposes it as a global and uses it for AbortError and
// structured-clone failures.
'use strict';

// Legacy constant name, code, and the error name that carries the code.
const kLegacy = [
  ['INDEX_SIZE_ERR', 1, 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 2, null],
  ['HIERARCHY_REQUEST_ERR', 3, 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 4, 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 5, 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 6, null],
  ['NO_MODIFICATION_ALLOWED_ERR', 7, 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 8, 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 9, 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 10, 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 11, 'InvalidStateError'],
  ['SYNTAX_ERR', 12, 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 13, 'InvalidModificationError'],
  ['NAMESPACE_ERR', 14, 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 15, 'InvalidAccessError'],
  ['VALIDATION_ERR', 16, null],
  ['TYPE_MISMATCH_ERR', 17, 'TypeMismatchError'],
  ['SECURITY_ERR', 18, 'SecurityError'],
  ['NETWORK_ERR', 19, 'NetworkError'],
  ['ABORT_ERR', 20, 'AbortError'],
  ['URL_MISMATCH_ERR', 21, 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 22, 'QuotaExceededError'],
  ['TIMEOUT_ERR', 23, 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 24, 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 25, 'DataCloneError'],
];
const codeByName = new Map();
for (const [, code, name] of kLegacy) if (name) codeByName.set(name, code);

// Not a subclass of Error (so not a native error to util.types), but with
// Error.prototype on its chain and a captured stack, as node's is.
class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? options.name : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, writable: true, configurable: true, enumerable: false,
        });
      }
    }
    this.#message = `${message}`;
    this.#name = `${name}`;
  }

  get name() { return this.#name; }
  get message() { return this.#message; }
  get code() { return codeByName.get(this.#name) || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { value: 'DOMException', configurable: true },
  name: { enumerable: true },
  message: { enumerable: true },
  code: { enumerable: true },
});
for (const [constName, code] of kLegacy) {
  const desc = { value: code, enumerable: true };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = { DOMException };
