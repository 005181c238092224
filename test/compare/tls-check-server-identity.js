'use strict';
// tls.checkServerIdentity over hand-made certificate objects: SAN DNS and IP
// names, wildcards, CN fallback, trailing dots, case, and the error's
// message, reason and host.
const tls = require('tls');

const cases = [
  ['localhost', { subjectaltname: 'DNS:localhost' }],
  ['LocalHost.', { subjectaltname: 'DNS:localhost' }],
  ['a.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['a.b.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['foo.com', { subjectaltname: 'DNS:*.com' }],
  ['abc.example.com', { subjectaltname: 'DNS:a*c.example.com' }],
  ['ac.example.com', { subjectaltname: 'DNS:a*c.example.com' }],
  ['ab.example.com', { subjectaltname: 'DNS:a*c.example.com' }],
  ['a.example.com', { subjectaltname: 'DNS:**.example.com' }],
  ['xn--a.example.com', { subjectaltname: 'DNS:xn--*.example.com' }],
  ['b.example.com', { subjectaltname: 'DNS:a.example.com, DNS:b.example.com' }],
  ['c.example.com', { subjectaltname: 'DNS:a.example.com, DNS:b.example.com' }],
  ['127.0.0.1', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['127.0.0.2', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['0:0::1', { subjectaltname: 'IP Address:::1' }],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }],
  ['example.com', { subject: { CN: 'example.com' } }],
  ['example.com', { subject: { CN: 'other.com' } }],
  ['a.example.com', { subject: { CN: ['x.com', '*.example.com'] } }],
  ['example.com', { subject: { CN: 'example.com' }, subjectaltname: 'DNS:other.com' }],
  ['example.com', { subject: { CN: 'example.com' }, subjectaltname: 'IP Address:1.2.3.4' }],
  ['example.com', { subject: {} }],
  ['example.com', {}],
  ['example.com', { subjectaltname: 'URI:http://example.com/' }],
  ['example.com', { subjectaltname: 'DNS:"example.com", DNS:x.com' }],
  ['a.com', { subjectaltname: 'DNS:"a.com\\u002c b.com"' }],
  ['', { subjectaltname: 'DNS:localhost' }],
  ['example.com', { subjectaltname: 'DNS:exämple.com' }],
  ['example.com', { subjectaltname: 'DNS:example..com' }],
  [42, { subject: { CN: '42' } }],
];

for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  if (err === undefined) {
    console.log(JSON.stringify(host), 'ok');
    continue;
  }
  console.log(JSON.stringify(host), err.name, err.code);
  console.log('  message:', err.message);
  console.log('  reason:', err.reason);
  console.log('  host:', JSON.stringify(err.host), 'cert is same:', err.cert === cert);
  console.log('  instanceof Error:', err instanceof Error);
}
