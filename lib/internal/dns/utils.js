// eddy: what node:dns and node:dns/promises share (node's internal/dns/utils):
// the Resolver base class over the cares_wrap ChannelWrap, the default
// resolver and result order, argument checks, DNSException and the error
// code table.
'use strict';

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_BAD_PORT,
  },
} = require('internal/errors');
const { isIP } = require('internal/net');
const {
  validateArray,
  validateInt32,
  validateOneOf,
  validateString,
} = require('internal/validators');

let binding;
function lazyBinding() {
  if (binding === undefined) binding = internalBinding('cares_wrap');
  return binding;
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

// --- errors -----------------------------------------------------------------------

// A failed lookup or query: `getaddrinfo ENOTFOUND host`. `code` is a libuv
// errno (getaddrinfo, getnameinfo) or a c-ares code name (queries).
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const uv = lazyUv();
      // Node's historical name for "no such host".
      if (code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME) {
        code = 'ENOTFOUND';
      } else {
        code = uv.errname(code) || `Unknown system error ${code}`;
      }
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() {
    return Error;
  }
}
Object.defineProperty(DNSException.prototype, 'name', {
  value: 'Error', writable: true, configurable: true, enumerable: false,
});
// Its stack starts at the caller, as node's does (the `constructor` getter
// hides the class name from the frame skipping).
Object.defineProperty(DNSException.prototype,
                      require('internal/errors_stack').kConstructorFrameName,
                      { value: 'DNSException' });

// An ERR_INVALID_ARG_VALUE TypeError with a message of its own, as node's
// C++ throws it: `TypeError: Invalid IP address.` with a `code` property.
function invalidArgValueWithMessage(message, caller) {
  const err = new TypeError(message);
  if (Error.captureStackTrace) Error.captureStackTrace(err, caller);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// node's validatePort: integers 0..65535 as numbers or numeric strings.
function validatePort(port, name = 'Port') {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new ERR_SOCKET_BAD_PORT(name, port, true);
  }
  return port | 0;
}

// --- Resolver --------------------------------------------------------------------

const IANA_DNS_PORT = 53;
const kBracketedIPv6 = /^\[([^[\]]*)\]/;
const kAddressAndPort = /(^.+?)(?::(\d+))?$/;

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

const kChannel = Symbol('kChannel');
const kChannelOptions = Symbol('kChannelOptions');

// One Resolver, one c-ares channel. The query methods come from
// createResolverClass (callbacks or promises).
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this[kChannelOptions] = [timeout, tries];
    this[kChannel] = null;
  }

  // The c-ares channel, made on first use: a program that never queries
  // (most never do: dns.lookup uses getaddrinfo) never loads c-ares, and
  // require('dns') works even when no file descriptor is left to load it.
  get _handle() {
    if (this[kChannel] === null) {
      const { ChannelWrap } = lazyBinding();
      this[kChannel] = new ChannelWrap(...this[kChannelOptions]);
    }
    return this[kChannel];
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const servers = this._handle.getServers() || [];
    return servers.map(([ip, port]) => {
      if (!port || port === IANA_DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = [];
    for (let i = 0; i < servers.length; i++) {
      const server = servers[i];
      validateString(server, `servers[${i}]`);
      parsed.push(parseServer(server));
    }
    const previous = (this._handle.getServers() || []).map(([ip, port]) => [isIP(ip), ip, port]);
    const result = this._handle.setServers(parsed);
    if (result !== 0) {
      // c-ares may have dropped the old list on the way: put it back.
      this._handle.setServers(previous);
      // The list reads as node's %s prints an array.
      const { inspect } = require('internal/util/inspect');
      throw new ERR_DNS_SET_SERVERS_FAILED(lazyBinding().strerror(result),
                                           inspect(servers, { depth: 0, compact: 3 }));
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const result = this._handle.setLocalAddress(ipv4, ipv6);
    if (result === 1) throw invalidArgValueWithMessage('Invalid IP address.', this.setLocalAddress);
    if (result === 2) {
      throw invalidArgValueWithMessage('Cannot specify two IPv4 addresses.', this.setLocalAddress);
    }
    if (result === 3) {
      throw invalidArgValueWithMessage('Cannot specify two IPv6 addresses.', this.setLocalAddress);
    }
  }
}

// '1.2.3.4', '1.2.3.4:53', '::1', '[::1]:53' -> [family, ip, port]
function parseServer(server) {
  let family = isIP(server);
  if (family !== 0) return [family, server, IANA_DNS_PORT];
  const bracketed = kBracketedIPv6.exec(server);
  if (bracketed) {
    family = isIP(bracketed[1]);
    if (family !== 0) {
      const port = Number.parseInt(server.replace(kAddressAndPort, '$2')) || IANA_DNS_PORT;
      return [family, bracketed[1], port];
    }
  }
  const split = kAddressAndPort.exec(server);
  if (split) {
    family = isIP(split[1]);
    if (family !== 0) return [family, split[1], Number.parseInt(split[2] || IANA_DNS_PORT)];
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

// The method names node binds to the default resolver on the module.
const resolverKeys = [
  'getServers',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];

// A Resolver class whose query methods `makeQuery(bindingName)` builds.
function createResolverClass(makeQuery) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  const add = (method, rrtype, bindingName) => {
    const fn = makeQuery(bindingName);
    Resolver.prototype[method] = fn;
    if (rrtype) resolveMap[rrtype] = fn;
  };
  add('resolveAny', 'ANY', 'queryAny');
  add('resolve4', 'A', 'queryA');
  add('resolve6', 'AAAA', 'queryAaaa');
  add('resolveCaa', 'CAA', 'queryCaa');
  add('resolveCname', 'CNAME', 'queryCname');
  add('resolveMx', 'MX', 'queryMx');
  add('resolveNs', 'NS', 'queryNs');
  add('resolveTxt', 'TXT', 'queryTxt');
  add('resolveSrv', 'SRV', 'querySrv');
  add('resolvePtr', 'PTR', 'queryPtr');
  add('resolveNaptr', 'NAPTR', 'queryNaptr');
  add('resolveSoa', 'SOA', 'querySoa');
  add('reverse', null, 'getHostByAddr');
  return { Resolver, resolveMap };
}

// The resolver behind dns.resolve*() and dns.promises.resolve*(); created
// when first needed, replaced by dns.setServers().
let defaultResolver;

function getDefaultResolver() {
  if (defaultResolver === undefined) defaultResolver = new ResolverBase();
  return defaultResolver;
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

// --- lookup options ----------------------------------------------------------------

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];
let dnsOrder = 'verbatim';

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

function getDefaultResultOrder() {
  return dnsOrder;
}

// The binding's order constant for a result order name.
function orderCode(order) {
  const b = lazyBinding();
  if (order === 'ipv4first') return b.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return b.DNS_ORDER_IPV6_FIRST;
  return b.DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = lazyBinding();
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is ` +
    'supported in the dns module solely for compatibility.',
    'DeprecationWarning', 'DEP0118');
}

// getaddrinfo gets the ASCII (punycode) form of an internationalised name.
let toASCII;
function hostnameForLookup(hostname) {
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 0x7f) {
      if (toASCII === undefined) toASCII = require('internal/idna').toASCII;
      try {
        return toASCII(hostname);
      } catch {
        return hostname;
      }
    }
  }
  return hostname;
}

// Request objects handed to the binding; their `oncomplete` gets the result.
class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
// c-ares queries are not ReqWraps in C++: a query made inside an
// AsyncLocalStorage context records it here so its callback runs in it.
let asyncHooks;
class QueryReqWrap {
  constructor() {
    if (asyncHooks === undefined) asyncHooks = require('internal/async_hooks');
    if (asyncHooks.frameInfo[0] !== 0) asyncHooks.resetResourceFrame(this);
  }
}

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  DNSException,
  GetAddrInfoReqWrap,
  GetNameInfoReqWrap,
  QueryReqWrap,
  ResolverBase,
  bindDefaultResolver,
  createResolverClass,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResolver,
  getDefaultResultOrder,
  hostnameForLookup,
  lazyBinding,
  orderCode,
  setDefaultResolver,
  setDefaultResultOrder,
  validDnsOrders,
  validFamilies,
  validateHints,
  validatePort,
};
