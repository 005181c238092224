// eddy: node:dns. lookup() and lookupService() use the system resolver
// (getaddrinfo/getnameinfo on libuv's thread pool); Resolver and the
// resolve*() functions query DNS servers through c-ares (the cares_wrap
// binding); the module-level resolve*() use a default Resolver.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isIP } = require('internal/net');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  DNSException,
  GetAddrInfoReqWrap,
  GetNameInfoReqWrap,
  bindDefaultResolver,
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
const { Resolver } = require('internal/dns/callback_resolver');

const cares = lazyBinding();
let promises = null;

function onlookup(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.callback(null, addresses);
}

// lookup(hostname[, options], callback): callback(err, address, family), or
// callback(err, [{address, family}]) with `all`.
function lookup(hostname, options, callback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = getDefaultResultOrder();

  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') {
        family = 4;
      } else if (options.family === 'IPv6') {
        family = 6;
      } else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
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

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) {
      process.nextTick(callback, null, []);
    } else {
      process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    }
    return {};
  }

  const literal = isIP(hostname);
  if (literal) {
    if (all) {
      process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    } else {
      process.nextTick(callback, null, hostname, literal);
    }
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, hostnameForLookup(hostname), family, hints,
                                orderCode(order));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(new DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback): callback(err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;

  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}

// util.promisify(dns.lookup) resolves {address, family} (or the array of
// `all`), util.promisify(dns.lookupService) {hostname, service}, as in node.
function promisifiedResult(names) {
  return function(original) {
    return function(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) {
            reject(err);
          } else if (values.length > 1) {
            const result = {};
            for (let i = 0; i < names.length; i++) result[names[i]] = values[i];
            resolve(result);
          } else {
            resolve(values[0]);
          }
        });
        Reflect.apply(original, this, args);
      });
    };
  };
}
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(lookup, kPromisifyCustom, {
  value: promisifiedResult(['address', 'family'])(lookup), enumerable: false, configurable: true,
});
Object.defineProperty(lookupService, kPromisifyCustom, {
  value: promisifiedResult(['hostname', 'service'])(lookupService),
  enumerable: false,
  configurable: true,
});

function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== null) bindDefaultResolver(promises, promises.Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,

  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,

  // uv_getaddrinfo flags
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,

  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype);

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === null) promises = require('internal/dns/promises');
    return promises;
  },
});
