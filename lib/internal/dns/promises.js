// eddy: node:dns/promises (node's internal/dns/promises): lookup,
// lookupService and a Resolver whose resolve*() return promises.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isIP } = require('internal/net');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  DNSException,
  GetAddrInfoReqWrap,
  GetNameInfoReqWrap,
  QueryReqWrap,
  bindDefaultResolver,
  createResolverClass,
  emitInvalidHostnameWarning,
  errorCodes,
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
} = require('internal/dns/utils');

const cares = lazyBinding();

function onlookup(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.resolve(addresses);
}

function createLookupPromise(family, hostname, all, hints, order) {
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const literal = isIP(hostname);
    if (literal !== 0) {
      const result = { address: hostname, family: literal };
      resolve(all ? [result] : result);
      return;
    }
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getaddrinfo(req, hostnameForLookup(hostname), family, hints,
                                  orderCode(order));
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function lookup(hostname, options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      validateOneOf(options.family, 'options.family', validFamilies);
      family = options.family;
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validDnsOrders);
      order = options.order;
    }
  }
  return createLookupPromise(family, hostname, all, hints, order);
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(new DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
  });
}

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) {
    for (let i = 0; i < result.length; i++) result[i] = { address: result[i], ttl: ttls[i] };
  }
  this.resolve(result);
}

function makeQuery(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const err = this._handle[bindingName](req, name);
      if (err) reject(new DNSException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(makeQuery);

function resolve(hostname, rrtype) {
  let query;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    query = resolveMap[rrtype];
    if (typeof query !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    query = resolveMap.A;
  }
  return Reflect.apply(query, this, [hostname]);
}
Resolver.prototype.resolve = resolve;

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);
