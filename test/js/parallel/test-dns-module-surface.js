'use strict';
// What node:dns and node:dns/promises export: names in node's order, the
// getaddrinfo flags, the error code constants, Resolver classes and the
// method names of the module functions.
const assert = require('node:assert');
const dns = require('node:dns');
const dnsPromises = require('node:dns/promises');

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
const resolveNames = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse',
];

assert.deepStrictEqual(Object.keys(dns), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder', 'setDefaultResultOrder',
  'setServers', 'ADDRCONFIG', 'ALL', 'V4MAPPED', ...Object.keys(codes), ...resolveNames,
  'promises',
]);
assert.deepStrictEqual(Object.keys(dnsPromises), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder', 'setDefaultResultOrder',
  'setServers', ...Object.keys(codes), ...resolveNames,
]);
for (const [name, value] of Object.entries(codes)) {
  assert.strictEqual(dns[name], value);
  assert.strictEqual(dnsPromises[name], value);
}
assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);

for (const name of resolveNames) {
  assert.strictEqual(typeof dns[name], 'function');
  assert.strictEqual(typeof dnsPromises[name], 'function');
  assert.strictEqual(typeof dns.Resolver.prototype[name], 'function');
  assert.strictEqual(typeof dnsPromises.Resolver.prototype[name], 'function');
}
assert.strictEqual(dns.Resolver.prototype.resolve4.name, 'queryA');
assert.strictEqual(dns.Resolver.prototype.reverse.name, 'getHostByAddr');
assert.strictEqual(dnsPromises.Resolver.prototype.resolveCaa.name, 'queryCaa');
assert.strictEqual(dns.resolveMx.name, 'bound queryMx');
assert.notStrictEqual(dns.Resolver, dnsPromises.Resolver);

const r = new dns.Resolver();
assert.ok(r instanceof dns.Resolver);
assert.strictEqual(typeof r.cancel, 'function');
assert.strictEqual(typeof r.setLocalAddress, 'function');
assert.ok(Array.isArray(r.getServers()));
for (const s of r.getServers()) assert.strictEqual(typeof s, 'string');
