// eddy: the WHATWG Response class (fetch §6.4). A Response's internal state is
// a plain record ({ type, status, statusText, headers (a HeaderList), guard,
// body, urlList }); fetch() builds the record straight from the network and
// wraps it, and the Headers object is made only when someone reads
// `.headers`.
'use strict';

const {
  argumentCount,
  formatWithOptions,
  illegalInvocation,
  isObjectLike,
  kInspect,
  toByteString,
  utf8Encode,
} = require('internal/fetch/util');
const { HeaderList, fillHeaders, makeHeaders } = require('internal/fetch/headers');
const {
  bodyFromBytes,
  bodyStream,
  bodyUnusable,
  bodyUsed,
  cloneBody,
  extractBody,
  installBodyMixin,
} = require('internal/fetch/body');

const kInternal = Symbol('kInternal');
let pendingState = null;
let stateOfImpl;

const kNullBodyStatus = new Set([101, 103, 204, 205, 304]);
const kRedirectStatus = new Set([301, 302, 303, 307, 308]);
const kReasonPhrase = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

function newState() {
  return {
    type: 'default',
    status: 200,
    statusText: '',
    headers: new HeaderList(),
    guard: 'response',
    headersObject: null,
    body: null,
    urlList: null,
  };
}

// WebIDL unsigned short.
function toUnsignedShort(value) {
  let n = Number(value);
  if (!Number.isFinite(n)) return 0;
  n = Math.trunc(n) % 65536;
  return n < 0 ? n + 65536 : n;
}

function checkInit(init, prefix) {
  if (init !== undefined && init !== null && !isObjectLike(init)) {
    throw new TypeError(`${prefix}: Expected ${
      typeof init === 'symbol' ? init.toString() : init} to be one of: Null, Undefined, Object.`);
  }
}

// "initialize a response".
function initializeResponse(state, init, bodyWithType) {
  if (init != null) {
    if (init.status !== undefined) {
      state.status = toUnsignedShort(init.status);
      if (state.status < 200 || state.status > 599) {
        throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      }
    }
    if (init.statusText !== undefined) {
      const text = toByteString(init.statusText, 'undefined', 'undefined.statusText');
      if (!kReasonPhrase.test(text)) throw new TypeError('Invalid statusText');
      state.statusText = text;
    }
    if (init.headers !== undefined) fillHeaders(state.headers, state.guard, init.headers);
  }
  if (bodyWithType !== null) {
    if (kNullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = bodyWithType.body;
    if (bodyWithType.type !== null && !state.headers.contains('content-type')) {
      state.headers.append('content-type', bodyWithType.type, 'content-type');
    }
  }
}

class Response {
  #state;

  constructor(body = null, init = undefined) {
    if (body === kInternal) {
      this.#state = pendingState;
      pendingState = null;
      return;
    }
    checkInit(init, 'undefined');
    const state = newState();
    const bodyWithType = body !== null && body !== undefined ? extractBody(body) : null;
    initializeResponse(state, init, bodyWithType);
    this.#state = state;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#state in self)) throw illegalInvocation();
    return self.#state;
  }

  static error() {
    const state = newState();
    state.type = 'error';
    state.status = 0;
    state.guard = 'immutable';
    return wrapResponse(state);
  }

  static json(data, init = undefined) {
    argumentCount(arguments.length, 1, 'Response.json');
    checkInit(init, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const state = newState();
    initializeResponse(state, init, {
      body: bodyFromBytes(utf8Encode(text)), type: 'application/json',
    });
    return wrapResponse(state);
  }

  static redirect(url, status = 302) {
    argumentCount(arguments.length, 1, 'Response.redirect');
    url = `${url}`;
    const { URL } = require('internal/url');
    let parsed;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = toUnsignedShort(status);
    if (!kRedirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = newState();
    state.status = status;
    state.guard = 'immutable';
    state.headers.append('location', parsed.href, 'location');
    return wrapResponse(state);
  }

  get type() {
    return Response.#check(this).type;
  }

  get url() {
    const list = Response.#check(this).urlList;
    return list === null || list.length === 0 ? '' : list[list.length - 1];
  }

  get redirected() {
    const list = Response.#check(this).urlList;
    return list !== null && list.length > 1;
  }

  get status() {
    return Response.#check(this).status;
  }

  get ok() {
    const status = Response.#check(this).status;
    return status >= 200 && status <= 299;
  }

  get statusText() {
    return Response.#check(this).statusText;
  }

  get headers() {
    const state = Response.#check(this);
    return state.headersObject ??= makeHeaders(state.headers, state.guard);
  }

  get body() {
    const state = Response.#check(this);
    return state.body === null ? null : bodyStream(state.body);
  }

  get bodyUsed() {
    return bodyUsed(Response.#check(this).body);
  }

  clone() {
    const state = Response.#check(this);
    if (bodyUnusable(state.body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const copy = {
      type: state.type,
      status: state.status,
      statusText: state.statusText,
      headers: state.headers.copy(),
      guard: state.guard,
      headersObject: null,
      body: state.body === null ? null : cloneBody(state.body),
      urlList: state.urlList,
    };
    return wrapResponse(copy);
  }

  [kInspect](depth, options) {
    const opts = { ...options };
    if (opts.depth === null) opts.depth = 2;
    opts.colors ??= true;
    const properties = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${formatWithOptions(opts, properties)}`;
  }

  static {
    stateOfImpl = (value) => (value !== null && typeof value === 'object' && #state in value ?
      value.#state : undefined);
  }
}

function wrapResponse(state) {
  pendingState = state;
  return new Response(kInternal);
}

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
  'body', 'bodyUsed', 'clone']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}
installBodyMixin(Response.prototype, (value) => stateOfImpl(value));
Object.defineProperty(Response.prototype, Symbol.toStringTag, {
  value: 'Response', configurable: true,
});
for (const name of ['error', 'json', 'redirect']) {
  Object.defineProperty(Response, name, { enumerable: true });
}

module.exports = {
  Response,
  kNullBodyStatus,
  kRedirectStatus,
  newResponseState: newState,
  responseStateOf: (value) => stateOfImpl(value),
  wrapResponse,
};
