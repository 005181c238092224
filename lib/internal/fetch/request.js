// eddy: the WHATWG Request class (fetch §6.3). The constructor's steps live in
// buildRequestState(), which fetch() also calls directly: a request made by
// fetch() never needs the Request, Headers or AbortSignal objects, only the
// record ({ method, url, headers (a HeaderList), body, signal, redirect, ... }).
// A Request's own AbortSignal is made on first read of `.signal`; it follows
// the signal the request was given.
'use strict';

const {
  argumentCount,
  enumError,
  formatWithOptions,
  illegalInvocation,
  isObjectLike,
  isToken,
  kInspect,
  toByteString,
  toUSVString,
} = require('internal/fetch/util');
const { HeaderList, fillHeaders, makeHeaders } = require('internal/fetch/headers');
const {
  bodyStream,
  bodyUnusable,
  bodyUsed,
  cloneBody,
  extractBody,
  installBodyMixin,
  transferBody,
} = require('internal/fetch/body');

const kInternal = Symbol('kInternal');
const kController = Symbol('kController');
let pendingState = null;
let stateOfImpl;

const kReferrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin',
  'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin',
  'unsafe-url'];
const kModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const kCredentials = ['omit', 'same-origin', 'include'];
const kCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const kRedirects = ['follow', 'manual', 'error'];
const kDuplex = ['half'];

const kNormalMethods = {
  __proto__: null,
  delete: 'DELETE',
  get: 'GET',
  head: 'HEAD',
  options: 'OPTIONS',
  post: 'POST',
  put: 'PUT',
};

let patchWarned = false;

function checkEnum(value, allowed) {
  value = `${value}`;
  if (!allowed.includes(value)) throw enumError('Request constructor', value, allowed);
  return value;
}

function parseURL(input) {
  const { URL } = require('internal/url');
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function isAbortSignalLike(signal) {
  return isObjectLike(signal) && typeof signal.aborted === 'boolean' &&
    typeof signal.addEventListener === 'function';
}

function normalizeMethod(method) {
  const normal = kNormalMethods[method.toLowerCase()];
  if (normal !== undefined) return normal;
  if (!isToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (upper === 'CONNECT' || upper === 'TRACE' || upper === 'TRACK') {
    throw new TypeError(`'${method}' HTTP method is unsupported.`);
  }
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not ' +
                        'Allowed`. `PATCH` is much more likely to succeed.',
                        { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

function hasMembers(init) {
  for (const key in init) return key !== undefined;
  return false;
}

// The Request constructor's steps. `inputState` is the state of a Request
// given as input (else input is turned into a URL string).
function buildRequestState(input, init, inputState) {
  if (init !== undefined && init !== null && !isObjectLike(init)) {
    throw new TypeError(`Request constructor: Expected ${
      typeof init === 'symbol' ? init.toString() : init} to be one of: Null, Undefined, Object.`);
  }
  init ??= undefined;
  let url;
  let urlObject;
  let signal = null;
  if (inputState === null) {
    const href = `${input}`;
    urlObject = parseURL(href);
    if (urlObject.username !== '' || urlObject.password !== '') {
      throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' +
                          href);
    }
    url = urlObject.href;
  } else {
    url = inputState.url;
    urlObject = inputState.urlObject;
    signal = inputState.signal;
  }

  const state = {
    method: inputState === null ? 'GET' : inputState.method,
    url,
    urlObject,
    headers: null,
    guard: 'request',
    headersObject: null,
    body: null,
    signal,
    signalObject: null,
    referrer: inputState === null ? 'client' : inputState.referrer,
    referrerPolicy: inputState === null ? '' : inputState.referrerPolicy,
    mode: inputState === null ? 'cors' : inputState.mode,
    credentials: inputState === null ? 'same-origin' : inputState.credentials,
    cache: inputState === null ? 'default' : inputState.cache,
    redirect: inputState === null ? 'follow' : inputState.redirect,
    integrity: inputState === null ? '' : inputState.integrity,
    keepalive: inputState === null ? false : inputState.keepalive,
  };
  if (init === undefined) {
    state.headers = inputState === null ? new HeaderList() : inputState.headers.copy();
    if (inputState !== null && inputState.body !== null) {
      if (bodyUnusable(inputState.body)) {
        throw new TypeError('Cannot construct a Request with a Request object that has ' +
                            'already been used.');
      }
      state.body = transferBody(inputState.body);
    }
    return state;
  }

  if (hasMembers(init) && state.mode === 'navigate') state.mode = 'same-origin';

  if (init.referrer !== undefined) {
    const referrer = `${init.referrer}`;
    if (referrer === '') {
      state.referrer = 'no-referrer';
    } else {
      const { URL } = require('internal/url');
      let parsed;
      try {
        parsed = new URL(referrer);
      } catch (err) {
        throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
      }
      state.referrer = parsed.href === 'about:client' ? 'client' : parsed.href;
    }
  }
  if (init.referrerPolicy !== undefined) {
    state.referrerPolicy = checkEnum(init.referrerPolicy, kReferrerPolicies);
  }
  if (init.mode !== undefined) {
    const mode = checkEnum(init.mode, kModes);
    if (mode === 'navigate') {
      throw new TypeError('Request constructor: invalid request mode navigate.');
    }
    state.mode = mode;
  }
  if (init.credentials !== undefined) state.credentials = checkEnum(init.credentials, kCredentials);
  if (init.cache !== undefined) {
    state.cache = checkEnum(init.cache, kCaches);
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
  }
  if (init.redirect !== undefined) state.redirect = checkEnum(init.redirect, kRedirects);
  if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
  if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
  if (init.method !== undefined) {
    state.method = normalizeMethod(
      toByteString(init.method, 'Request constructor', 'init.method'));
  }
  if (init.signal !== undefined) {
    if (init.signal !== null && !isAbortSignalLike(init.signal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type " +
                          'AbortSignal.');
    }
    state.signal = init.signal;
  }
  if (init.window != null) throw new TypeError("'window' option 'client' must be null");
  if (init.duplex !== undefined) checkEnum(init.duplex, kDuplex);

  // Headers.
  state.headers = new HeaderList();
  if (state.mode === 'no-cors') {
    const m = state.method;
    if (m !== 'GET' && m !== 'HEAD' && m !== 'POST') {
      throw new TypeError(`'${m} is unsupported in no-cors mode.`);
    }
    state.guard = 'request-no-cors';
  }
  if (init.headers !== undefined) {
    fillHeaders(state.headers, state.guard, init.headers);
  } else if (inputState !== null) {
    state.headers = inputState.headers.copy();
  }

  // Body.
  const inputBody = inputState === null ? null : inputState.body;
  if ((init.body != null || inputBody !== null) &&
      (state.method === 'GET' || state.method === 'HEAD')) {
    throw new TypeError('Request with GET/HEAD method cannot have body.');
  }
  let initBody = null;
  if (init.body != null) {
    const extracted = extractBody(init.body, state.keepalive);
    initBody = extracted.body;
    if (extracted.type !== null && !state.headers.contains('content-type')) {
      state.headers.append('content-type', extracted.type, 'content-type');
    }
  }
  const body = initBody ?? inputBody;
  if (body !== null && body.parts === null) {
    if (initBody !== null && init.duplex == null) {
      throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
    if (state.mode !== 'same-origin' && state.mode !== 'cors') {
      throw new TypeError('If request is made from ReadableStream, mode should be ' +
                          '"same-origin" or "cors"');
    }
  }
  if (initBody !== null) {
    state.body = initBody;
  } else if (inputBody !== null) {
    if (bodyUnusable(inputBody)) {
      throw new TypeError('Cannot construct a Request with a Request object that has ' +
                          'already been used.');
    }
    state.body = transferBody(inputBody);
  }
  return state;
}

function makeSignal(state) {
  const { AbortController } = require('internal/abort_controller');
  const controller = new AbortController();
  const parent = state.signal;
  if (parent !== null) {
    if (parent.aborted) {
      controller.abort(parent.reason);
    } else {
      // Weakly: a long-lived parent must not keep every request's signal
      // alive. The signal keeps its controller.
      Object.defineProperty(controller.signal, kController, { value: controller });
      const ref = new WeakRef(controller.signal);
      const onAbort = () => ref.deref()?.[kController].abort(parent.reason);
      parent.addEventListener('abort', onAbort, { once: true });
    }
  }
  return controller.signal;
}

class Request {
  #state;

  constructor(input, init = undefined) {
    if (input === kInternal) {
      this.#state = pendingState;
      pendingState = null;
      return;
    }
    argumentCount(arguments.length, 1, 'Request constructor');
    const inputState = stateOfImpl(input) ?? null;
    if (inputState === null && typeof input === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    this.#state = buildRequestState(input, init, inputState);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#state in self)) throw illegalInvocation();
    return self.#state;
  }

  get method() {
    return Request.#check(this).method;
  }

  get url() {
    return Request.#check(this).url;
  }

  get headers() {
    const state = Request.#check(this);
    return state.headersObject ??= makeHeaders(state.headers, state.guard);
  }

  get destination() {
    Request.#check(this);
    return '';
  }

  get referrer() {
    const referrer = Request.#check(this).referrer;
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer;
  }

  get referrerPolicy() {
    return Request.#check(this).referrerPolicy;
  }

  get mode() {
    return Request.#check(this).mode;
  }

  get credentials() {
    return Request.#check(this).credentials;
  }

  get cache() {
    return Request.#check(this).cache;
  }

  get redirect() {
    return Request.#check(this).redirect;
  }

  get integrity() {
    return Request.#check(this).integrity;
  }

  get keepalive() {
    return Request.#check(this).keepalive;
  }

  get isReloadNavigation() {
    Request.#check(this);
    return false;
  }

  get isHistoryNavigation() {
    Request.#check(this);
    return false;
  }

  get signal() {
    const state = Request.#check(this);
    return state.signalObject ??= makeSignal(state);
  }

  get body() {
    const state = Request.#check(this);
    return state.body === null ? null : bodyStream(state.body);
  }

  get bodyUsed() {
    return bodyUsed(Request.#check(this).body);
  }

  get duplex() {
    Request.#check(this);
    return 'half';
  }

  clone() {
    const state = Request.#check(this);
    if (bodyUnusable(state.body)) throw new TypeError('unusable');
    const copy = {
      ...state,
      headers: state.headers.copy(),
      headersObject: null,
      body: state.body === null ? null : cloneBody(state.body),
      signal: this.signal,
      signalObject: null,
    };
    return wrapRequest(copy);
  }

  [kInspect](depth, options) {
    const opts = { ...options };
    if (opts.depth === null) opts.depth = 2;
    opts.colors ??= true;
    const properties = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${formatWithOptions(opts, properties)}`;
  }

  static {
    stateOfImpl = (value) => (value !== null && typeof value === 'object' && #state in value ?
      value.#state : undefined);
  }
}

function wrapRequest(state) {
  pendingState = state;
  return new Request(kInternal);
}

for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
  'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation', 'signal', 'body', 'bodyUsed', 'duplex', 'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}
installBodyMixin(Request.prototype, (value) => stateOfImpl(value));
// node's Request.prototype has this stray member too (undici marks a
// non-existent `attribute` enumerable).
Object.defineProperty(Request.prototype, 'attribute', { value: undefined, enumerable: true });
Object.defineProperty(Request.prototype, Symbol.toStringTag, {
  value: 'Request', configurable: true,
});

module.exports = {
  Request,
  buildRequestState,
  requestStateOf: (value) => stateOfImpl(value),
};
