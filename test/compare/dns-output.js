// Results of the dns API as node prints them: lookup forms, lookupService,
// IP literals, promises, the request objects.
'use strict';
const dns = require('dns');
const util = require('util');

const steps = [
  (next) => dns.lookup('localhost', 4, (...args) => { console.log('lookup', args); next(); }),
  (next) => dns.lookup('localhost', { all: true, family: 4 }, (...args) => {
    console.log('lookup all', args);
    next();
  }),
  (next) => dns.lookup('::1', { all: true }, (...args) => { console.log('literal', args); next(); }),
  (next) => dns.lookupService('127.0.0.1', 22, (...args) => { console.log('service', args); next(); }),
  (next) => dns.promises.lookup('127.0.0.1').then((r) => { console.log('promise', r); next(); }),
  (next) => util.promisify(dns.lookup)('localhost', 4).then((r) => {
    console.log('promisify', r);
    next();
  }),
  (next) => {
    const r = new dns.Resolver({ timeout: 500, tries: 1 });
    r.setServers(['127.0.0.1:1', '[::1]:5353']);
    console.log(r.getServers());
    const req = r.resolveTxt('example.test', { ttl: true }, () => next());
    console.log(Object.keys(req), req.bindingName, req.ttl);
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
