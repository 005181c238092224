// How dns errors print: lookup and query failures (DNSException), argument
// errors, setServers/setLocalAddress failures.
'use strict';
const dns = require('dns');

const t = {
  show(fn) {
    try {
      fn();
    } catch (err) {
      console.log(err);
    }
  },
};

t.show(() => dns.lookup(1, () => {}));
t.show(() => dns.lookup('x', { family: 5 }, () => {}));
t.show(() => dns.lookupService('127.0.0.1', 70000, () => {}));
t.show(() => dns.resolve('x', 'BOGUS', () => {}));
t.show(() => dns.reverse('bogus', () => {}));
t.show(() => new dns.Resolver().setServers(['nope']));
t.show(() => new dns.Resolver().setLocalAddress('nope'));
t.show(() => new dns.Resolver({ tries: 0 }));

dns.lookup('nosuch.invalid', (err) => {
  console.log(err);
  const r = new dns.Resolver({ timeout: 500, tries: 1 });
  r.setServers(['127.0.0.1:1']);
  r.resolve4('example.test', (err) => {
    console.log(err);
    r.resolveMx('example.test', () => {});
    t.show(() => r.setServers(['1.2.3.4']));
    r.cancel();
  });
});
