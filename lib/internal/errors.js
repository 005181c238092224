// eddy: Node's error surface. One table of ERR_* codes with their base
// constructor and message template; helpers for system (errno) errors and the
// "Received ..." wording of argument errors. Mirrors node's lib/internal/errors.js.
'use strict';

const kIsNodeError = Symbol('kIsNodeError');
// Set on errors whose stack already starts with the source arrow.
const kArrowInStack = Symbol('kArrowInStack');
const codes = {};
const messages = new Map();


function formatMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return Reflect.apply(msg, self, args);
  let i = 0;
  return msg.replace(/%[sdij%]/g, (m) => {
    if (m === '%%') return '%';
    const a = args[i++];
    if (m === '%d') return String(Number(a));
    if (m === '%i') return String(parseInt(a));
    if (m === '%j') return JSON.stringify(a);
    return String(a);
  });
}

function makeNodeErrorWithCode(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      super(formatMessage(key, args, undefined));
      Object.defineProperty(this, 'code', {
        value: key, enumerable: true, writable: true, configurable: true,
      });
      // The stack header carries the code, as node prints it:
      // `TypeError [ERR_X]: message`.
      this.name = `${Base.name} [${key}]`;
      void this.stack;
      delete this.name;
    }
    get ['constructor']() { return Base; }
    toString() { return `${this.name} [${key}]: ${this.message}`; }
  };
}

let kConstructorFrameName;

function fixNodeErrorClass(C, Base, key) {
  // `err.constructor` must be the base class and `err.name` the base name, with
  // the code shown in the stack header as Node shows it.
  Object.defineProperty(C.prototype, 'constructor', {
    value: Base, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(C.prototype, 'name', {
    value: Base.prototype.name, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(C.prototype, kIsNodeError, { value: true });
  if (kConstructorFrameName === undefined) {
    kConstructorFrameName = require('internal/errors_stack').kConstructorFrameName;
  }
  Object.defineProperty(C.prototype, kConstructorFrameName, { value: 'NodeError' });
  Object.defineProperty(C, 'name', { value: Base.name });
}

function buildErrorClass(key, Base, others) {
  if (Base === SystemError) return makeSystemErrorWithCode(key);
  const C = makeNodeErrorWithCode(Base, key);
  fixNodeErrorClass(C, Base, key);
  for (const Other of others) {
    const O = makeNodeErrorWithCode(Other, key);
    fixNodeErrorClass(O, Other, key);
    C[Other.name] = O;
  }
  return C;
}

// Classes are made on first use: most processes touch a handful of codes,
// and start-up should not pay for the table.
function E(key, msg, Base, ...others) {
  messages.set(key, msg);
  Object.defineProperty(codes, key, {
    get() {
      const C = buildErrorClass(key, Base, others);
      Object.defineProperty(codes, key, {
        value: C, writable: true, enumerable: true, configurable: true,
      });
      return C;
    },
    enumerable: true,
    configurable: true,
  });
}

// --- "Received ..." wording -------------------------------------------------

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];

function lazyInspect(v, opts) {
  return require('internal/util/inspect').inspect(v, opts);
}

function determineSpecificType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${lazyInspect(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `) :
    `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';
  const types = []; const instances = []; const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// --- SystemError ---------------------------------------------------------------

// Node's error for a named system call that failed (os.setPriority,
// os.userInfo, ...): `SystemError [ERR_X]: <text>: <syscall> returned <code>
// (<message>)`. `info` is the context the binding filled; errno, syscall,
// path and dest are accessors onto it, so changing one changes both.
class SystemError extends Error {
  constructor(key, context) {
    let message = `${formatMessage(key, [], undefined)}: ${context.syscall} returned ` +
      `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = key;
    // The stack header shows the code, as node prints it.
    this.name = `SystemError [${key}]`;
    void this.stack;
    Object.defineProperties(this, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true, configurable: true,
      },
    });
    for (const field of ['path', 'dest']) {
      if (context[field] === undefined) continue;
      Object.defineProperty(this, field, {
        get() { return context[field] != null ? context[field].toString() : context[field]; },
        set(value) {
          context[field] = value ? require('buffer').Buffer.from(value.toString()) : undefined;
        },
        enumerable: true, configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// --- the table ---------------------------------------------------------------

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, TypeError);
// util.callbackify sets `reason` on the error it throws.
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in eddy or incorrect usage ' +
    'of eddy internals.\nPlease open an issue with this stack trace.';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${
    message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport &&
    target.length && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${
        relatedError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json${
    base ? ` imported from ${base}` : ''}${relatedError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${
    base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_MODULE_NOT_FOUND', (path, base, exactUrl) => {
  if (exactUrl) return `Cannot find ${exactUrl} '${path}' imported from ${base}`;
  return `Cannot find module '${path}' imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (protocol, supported) =>
  `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. Received protocol '${protocol}'`, Error);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.', Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}"` +
  ` function but got ${determineSpecificType(value)}.`, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: {
      const last = args.pop();
      msg += `${args.join(', ')}, and ${last} arguments`;
    }
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in eddy yet', Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str :
    `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) {
      received = addNumericalSeparator(received);
    }
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
E('ERR_UNHANDLED_REJECTION',
  'This error originated either by throwing inside of an async function ' +
  'without a catch block, or by rejecting a promise which was not handled ' +
  'with .catch(). The promise rejected with the reason "%s".', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
// node:child_process
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run eddy', TypeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) =>
  `Invalid address family: ${addressType} ${host}:${port}`, RangeError);
// node:http2
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_SETTING_VALUE', 'Invalid value for setting "%s": %s', TypeError, RangeError);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
// node:http
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
// node:net
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames: %s", Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
// node:dgram
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  Error);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
// node:fs
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent ' +
  'asynchronous operations', Error);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
// node:crypto (hashes, randomness, KDFs, ciphers)
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error);
// node:crypto (keys, signatures, key agreement, certificates)
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);

// --- AbortError ----------------------------------------------------------------

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// --- system errors -------------------------------------------------------------

let uvBinding;
function lazyUv() {
  if (!uvBinding) uvBinding = internalBinding('uv');
  return uvBinding;
}

function uvErrmapGet(errno) {
  const uv = lazyUv();
  return uv.errname(errno) ? [uv.errname(errno), uv.strerror(errno)] : undefined;
}

// Node's UVException: `ENOENT: no such file or directory, open 'x'`.
function uvException(ctx) {
  const [code, uvmsg] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path, dest;
  if (ctx.path) { path = ctx.path.toString(); message += ` '${path}'`; }
  if (ctx.dest) { dest = ctx.dest.toString(); message += ` -> '${dest}'`; }
  const err = new Error(message);
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

// Node's ErrnoException: `kill ESRCH`.
function errnoException(err, syscall, original) {
  const code = lazyUv().errname(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = lazyUv().errname(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// Node's UVExceptionWithHostPort: `listen EADDRINUSE: address already in use
// 127.0.0.1:8080`.
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrmapGet(err) || ['UNKNOWN', 'unknown error'];
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${uvmsg}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return desc === undefined ? Object.isExtensible(Error) :
    (desc.writable || desc.set !== undefined);
}

function hideStackFrames(fn) { return fn; }

// Two failures of one operation (say, a stream error and then a failing
// cleanup) become one: the outer error, carrying the inner one. An error that
// already holds a list of errors gets the inner one appended; otherwise an
// AggregateError with the outer error's message and code holds both.
function aggregateTwoErrors(innerError, outerError) {
  if (!innerError || !outerError || innerError === outerError) {
    return innerError || outerError;
  }
  if (Array.isArray(outerError.errors)) {
    outerError.errors.push(innerError);
    return outerError;
  }
  const combined = new AggregateError([outerError, innerError], outerError.message);
  combined.code = outerError.code;
  return combined;
}

module.exports = {
  AbortError,
  SystemError,
  kArrowInStack,
  codes,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  formatList,
  hideStackFrames,
  invalidArgTypeMessage,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  uvErrmapGet,
  uvException,
  uvExceptionWithHostPort,
  addNumericalSeparator,
  aggregateTwoErrors,
};
