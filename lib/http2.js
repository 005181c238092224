// eddy: node:http2. The protocol itself (sessions, streams, the
// compat request/response, push) is not built yet: connect(),
// createServer(), createSecureServer(), performServerHandshake() and the
// Http2ServerRequest/Response constructors throw ERR_NOT_IMPLEMENTED when
// called. What is built is everything packages touch while they load or
// configure themselves (axios requires http2 at load time): `constants`
// (node 20's values), `sensitiveHeaders`, getDefaultSettings(), and the
// SETTINGS frame payload codec getPackedSettings()/getUnpackedSettings()
// with node's validation and errors.
'use strict';

const {
  codes: {
    ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_HTTP2_INVALID_SETTING_VALUE,
    ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');

// --- constants ----------------------------------------------------------------------

const constants = {
  NGHTTP2_ERR_FRAME_SIZE_ERROR: -522, NGHTTP2_SESSION_SERVER: 0, NGHTTP2_SESSION_CLIENT: 1,
  NGHTTP2_STREAM_STATE_IDLE: 1, NGHTTP2_STREAM_STATE_OPEN: 2,
  NGHTTP2_STREAM_STATE_RESERVED_LOCAL: 3, NGHTTP2_STREAM_STATE_RESERVED_REMOTE: 4,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL: 5, NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE: 6,
  NGHTTP2_STREAM_STATE_CLOSED: 7, NGHTTP2_FLAG_NONE: 0, NGHTTP2_FLAG_END_STREAM: 1,
  NGHTTP2_FLAG_END_HEADERS: 4, NGHTTP2_FLAG_ACK: 1, NGHTTP2_FLAG_PADDED: 8,
  NGHTTP2_FLAG_PRIORITY: 32, DEFAULT_SETTINGS_HEADER_TABLE_SIZE: 4096,
  DEFAULT_SETTINGS_ENABLE_PUSH: 1, DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS: 4294967295,
  DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE: 65535, DEFAULT_SETTINGS_MAX_FRAME_SIZE: 16384,
  DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE: 65535, DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL: 0,
  MAX_MAX_FRAME_SIZE: 16777215, MIN_MAX_FRAME_SIZE: 16384, MAX_INITIAL_WINDOW_SIZE: 2147483647,
  NGHTTP2_SETTINGS_HEADER_TABLE_SIZE: 1, NGHTTP2_SETTINGS_ENABLE_PUSH: 2,
  NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS: 3, NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE: 4,
  NGHTTP2_SETTINGS_MAX_FRAME_SIZE: 5, NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE: 6,
  NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL: 8, PADDING_STRATEGY_NONE: 0,
  PADDING_STRATEGY_ALIGNED: 1, PADDING_STRATEGY_MAX: 2, PADDING_STRATEGY_CALLBACK: 1,
  NGHTTP2_NO_ERROR: 0, NGHTTP2_PROTOCOL_ERROR: 1, NGHTTP2_INTERNAL_ERROR: 2,
  NGHTTP2_FLOW_CONTROL_ERROR: 3, NGHTTP2_SETTINGS_TIMEOUT: 4, NGHTTP2_STREAM_CLOSED: 5,
  NGHTTP2_FRAME_SIZE_ERROR: 6, NGHTTP2_REFUSED_STREAM: 7, NGHTTP2_CANCEL: 8,
  NGHTTP2_COMPRESSION_ERROR: 9, NGHTTP2_CONNECT_ERROR: 10, NGHTTP2_ENHANCE_YOUR_CALM: 11,
  NGHTTP2_INADEQUATE_SECURITY: 12, NGHTTP2_HTTP_1_1_REQUIRED: 13, NGHTTP2_DEFAULT_WEIGHT: 16,
};
// HTTP2_HEADER_<NAME>: the pseudo-headers, then header names (lower case,
// '-' for '_').
for (const name of [
  'STATUS', 'METHOD', 'AUTHORITY', 'SCHEME', 'PATH', 'PROTOCOL', 'ACCEPT_ENCODING',
  'ACCEPT_LANGUAGE', 'ACCEPT_RANGES', 'ACCEPT', 'ACCESS_CONTROL_ALLOW_CREDENTIALS',
  'ACCESS_CONTROL_ALLOW_HEADERS', 'ACCESS_CONTROL_ALLOW_METHODS', 'ACCESS_CONTROL_ALLOW_ORIGIN',
  'ACCESS_CONTROL_EXPOSE_HEADERS', 'ACCESS_CONTROL_REQUEST_HEADERS',
  'ACCESS_CONTROL_REQUEST_METHOD', 'AGE', 'AUTHORIZATION', 'CACHE_CONTROL', 'CONNECTION',
  'CONTENT_DISPOSITION', 'CONTENT_ENCODING', 'CONTENT_LENGTH', 'CONTENT_TYPE', 'COOKIE', 'DATE',
  'ETAG', 'FORWARDED', 'HOST', 'IF_MODIFIED_SINCE', 'IF_NONE_MATCH', 'IF_RANGE',
  'LAST_MODIFIED', 'LINK', 'LOCATION', 'RANGE', 'REFERER', 'SERVER', 'SET_COOKIE',
  'STRICT_TRANSPORT_SECURITY', 'TRANSFER_ENCODING', 'TE', 'UPGRADE_INSECURE_REQUESTS',
  'UPGRADE', 'USER_AGENT', 'VARY', 'X_CONTENT_TYPE_OPTIONS', 'X_FRAME_OPTIONS', 'KEEP_ALIVE',
  'PROXY_CONNECTION', 'X_XSS_PROTECTION', 'ALT_SVC', 'CONTENT_SECURITY_POLICY', 'EARLY_DATA',
  'EXPECT_CT', 'ORIGIN', 'PURPOSE', 'TIMING_ALLOW_ORIGIN', 'X_FORWARDED_FOR', 'PRIORITY',
  'ACCEPT_CHARSET', 'ACCESS_CONTROL_MAX_AGE', 'ALLOW', 'CONTENT_LANGUAGE', 'CONTENT_LOCATION',
  'CONTENT_MD5', 'CONTENT_RANGE', 'DNT', 'EXPECT', 'EXPIRES', 'FROM', 'IF_MATCH',
  'IF_UNMODIFIED_SINCE', 'MAX_FORWARDS', 'PREFER', 'PROXY_AUTHENTICATE', 'PROXY_AUTHORIZATION',
  'REFRESH', 'RETRY_AFTER', 'TRAILER', 'TK', 'VIA', 'WARNING', 'WWW_AUTHENTICATE',
  'HTTP2_SETTINGS',
]) {
  constants[`HTTP2_HEADER_${name}`] = ['STATUS', 'METHOD', 'AUTHORITY', 'SCHEME', 'PATH',
    'PROTOCOL'].includes(name) ? `:${name.toLowerCase()}` : name.toLowerCase().replace(/_/g, '-');
}
for (const name of [
  'ACL', 'BASELINE_CONTROL', 'BIND', 'CHECKIN', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET',
  'HEAD', 'LABEL', 'LINK', 'LOCK', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL',
  'MKREDIRECTREF', 'MKWORKSPACE', 'MOVE', 'OPTIONS', 'ORDERPATCH', 'PATCH', 'POST', 'PRI',
  'PROPFIND', 'PROPPATCH', 'PUT', 'REBIND', 'REPORT', 'SEARCH', 'TRACE', 'UNBIND', 'UNCHECKOUT',
  'UNLINK', 'UNLOCK', 'UPDATE', 'UPDATEREDIRECTREF', 'VERSION_CONTROL',
]) {
  constants[`HTTP2_METHOD_${name}`] = name.replace(/_/g, '-');
}
for (const [name, code] of Object.entries({
  CONTINUE: 100, SWITCHING_PROTOCOLS: 101, PROCESSING: 102, EARLY_HINTS: 103, OK: 200,
  CREATED: 201, ACCEPTED: 202, NON_AUTHORITATIVE_INFORMATION: 203, NO_CONTENT: 204,
  RESET_CONTENT: 205, PARTIAL_CONTENT: 206, MULTI_STATUS: 207, ALREADY_REPORTED: 208,
  IM_USED: 226, MULTIPLE_CHOICES: 300, MOVED_PERMANENTLY: 301, FOUND: 302, SEE_OTHER: 303,
  NOT_MODIFIED: 304, USE_PROXY: 305, TEMPORARY_REDIRECT: 307, PERMANENT_REDIRECT: 308,
  BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYMENT_REQUIRED: 402, FORBIDDEN: 403, NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405, NOT_ACCEPTABLE: 406, PROXY_AUTHENTICATION_REQUIRED: 407,
  REQUEST_TIMEOUT: 408, CONFLICT: 409, GONE: 410, LENGTH_REQUIRED: 411,
  PRECONDITION_FAILED: 412, PAYLOAD_TOO_LARGE: 413, URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415, RANGE_NOT_SATISFIABLE: 416, EXPECTATION_FAILED: 417, TEAPOT: 418,
  MISDIRECTED_REQUEST: 421, UNPROCESSABLE_ENTITY: 422, LOCKED: 423, FAILED_DEPENDENCY: 424,
  TOO_EARLY: 425, UPGRADE_REQUIRED: 426, PRECONDITION_REQUIRED: 428, TOO_MANY_REQUESTS: 429,
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431, UNAVAILABLE_FOR_LEGAL_REASONS: 451,
  INTERNAL_SERVER_ERROR: 500, NOT_IMPLEMENTED: 501, BAD_GATEWAY: 502, SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504, HTTP_VERSION_NOT_SUPPORTED: 505, VARIANT_ALSO_NEGOTIATES: 506,
  INSUFFICIENT_STORAGE: 507, LOOP_DETECTED: 508, BANDWIDTH_LIMIT_EXCEEDED: 509,
  NOT_EXTENDED: 510, NETWORK_AUTHENTICATION_REQUIRED: 511,
})) {
  constants[`HTTP_STATUS_${name}`] = code;
}

const sensitiveHeaders = Symbol('sensitiveHeaders');

// --- settings -----------------------------------------------------------------------

// The standard settings: name, SETTINGS id, and the value check (numbers
// within [min, max], or booleans).
const kSettings = [
  ['headerTableSize', 1, 0, 2 ** 32 - 1],
  ['enablePush', 2, 'boolean'],
  ['maxConcurrentStreams', 3, 0, 2 ** 32 - 1],
  ['initialWindowSize', 4, 0, 2 ** 31 - 1],
  ['maxFrameSize', 5, 16384, 2 ** 24 - 1],
  ['maxHeaderListSize', 6, 0, 2 ** 32 - 1],
  ['enableConnectProtocol', 8, 'boolean'],
];
const kMaxCustomSettings = 10;

function getDefaultSettings() {
  return {
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 2 ** 32 - 1,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

function checkNumber(name, value, min, max) {
  // NaN passes, as in node (and packs as 0).
  if (typeof value !== 'number' || value < min || value > max) {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value);
  }
}

// Validates `settings` as node does and returns [id, value] pairs in id
// order, custom settings last.
function settingsEntries(settings) {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new ERR_INVALID_ARG_TYPE('settings', 'object', settings);
  }
  settings = { ...settings };
  if (settings.maxHeaderSize !== undefined) {
    if (settings.maxHeaderListSize !== settings.maxHeaderSize) {
      process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    }
    settings.maxHeaderListSize = settings.maxHeaderSize;
  }
  const entries = [];
  for (const [name, id, min, max] of kSettings) {
    const value = settings[name];
    if (value === undefined) continue;
    if (min === 'boolean') {
      if (typeof value !== 'boolean') throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
      entries.push([id, value ? 1 : 0]);
    } else {
      checkNumber(name, value, min, max);
      entries.push([id, value >>> 0]);
    }
  }
  const custom = settings.customSettings;
  if (custom !== undefined) {
    if (typeof custom !== 'object' || custom === null) {
      throw new ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom);
    }
    const ids = Object.keys(custom);
    if (ids.length > kMaxCustomSettings) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    for (const key of ids) {
      const id = Number(key);
      checkNumber('customSettings:id', id, 0, 0xffff);
      const value = custom[key];
      checkNumber('customSettings:value', value, 0, 2 ** 32 - 1);
      entries.push([id, value >>> 0]);
    }
  }
  return entries;
}

// The SETTINGS frame payload for `settings`: six bytes per setting.
function getPackedSettings(settings = {}) {
  const entries = settingsEntries(settings);
  const out = Buffer.alloc(entries.length * 6);
  entries.forEach(([id, value], i) => {
    out.writeUInt16BE(id, i * 6);
    out.writeUInt32BE(value, i * 6 + 2);
  });
  return out;
}

function getUnpackedSettings(buf, options = {}) {
  if (!isArrayBufferView(buf) || buf instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const settings = {};
  for (let offset = 0; offset + 6 <= bytes.byteLength; offset += 6) {
    const id = view.getUint16(offset);
    const value = view.getUint32(offset + 2);
    switch (id) {
      case 1: settings.headerTableSize = value; break;
      case 2: settings.enablePush = value !== 0; break;
      case 3: settings.maxConcurrentStreams = value; break;
      case 4: settings.initialWindowSize = value; break;
      case 5: settings.maxFrameSize = value; break;
      case 6:
        settings.maxHeaderSize = value;
        settings.maxHeaderListSize = value;
        break;
      case 8: settings.enableConnectProtocol = value !== 0; break;
      default:
        if (settings.customSettings === undefined) settings.customSettings = {};
        settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) {
    for (const [name, , min, max] of kSettings) {
      if (min !== 'boolean' && settings[name] !== undefined) {
        checkNumber(name, settings[name], min, max);
      }
    }
  }
  return settings;
}

// --- what is not built --------------------------------------------------------------

function notBuilt(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`http2.${name}()`);
  };
}

class Http2ServerRequest {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('http2.Http2ServerRequest');
  }
}

class Http2ServerResponse {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('http2.Http2ServerResponse');
  }
}

module.exports = {
  connect: notBuilt('connect'),
  constants,
  createServer: notBuilt('createServer'),
  createSecureServer: notBuilt('createSecureServer'),
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: notBuilt('performServerHandshake'),
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
