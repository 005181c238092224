// eddy: the callback-style Resolver of node:dns (node's
// internal/dns/callback_resolver): resolve*(name[, options], callback) send a
// query through the channel and call back with (err, records).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { DNSException, QueryReqWrap, createResolverClass } = require('internal/dns/utils');

function onresolve(err, result, ttls) {
  if (err) {
    this.callback(new DNSException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) {
    for (let i = 0; i < result.length; i++) result[i] = { address: result[i], ttl: ttls[i] };
  }
  this.callback(null, result);
}

function makeQuery(bindingName) {
  function query(name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = this._handle[bindingName](req, name);
    if (err) throw new DNSException(err, bindingName, name);
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

const { Resolver, resolveMap } = createResolverClass(makeQuery);

function resolve(hostname, rrtype, callback) {
  let query;
  if (typeof rrtype === 'string') {
    query = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    query = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof query !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return Reflect.apply(query, this, [hostname, callback]);
}
Resolver.prototype.resolve = resolve;

module.exports = { Resolver };
