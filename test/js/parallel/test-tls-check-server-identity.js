'use strict';
// tls.checkServerIdentity: SAN DNS/IP names, wildcard rules, CN only without
// DNS altnames, and ERR_TLS_CERT_ALTNAME_INVALID with reason, host and cert.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { X509Certificate } = require('crypto');
const tls = require('tls');

const ok = (host, cert) => assert.strictEqual(tls.checkServerIdentity(host, cert), undefined,
                                              `${host} should match`);
function bad(host, cert, reason) {
  const err = tls.checkServerIdentity(host, cert);
  assert(err instanceof Error, `${host} should not match`);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.cert, cert);
  return err;
}

ok('localhost', { subjectaltname: 'DNS:localhost' });
ok('LOCALHOST.', { subjectaltname: 'DNS:localhost' });
ok('www.example.com', { subjectaltname: 'DNS:*.example.com' });
ok('foobar.example.com', { subjectaltname: 'DNS:foo*.example.com' });
bad('example.com', { subjectaltname: 'DNS:*.example.com' },
    "Host: example.com. is not in the cert's altnames: DNS:*.example.com");
bad('a.b.example.com', { subjectaltname: 'DNS:*.example.com' },
    "Host: a.b.example.com. is not in the cert's altnames: DNS:*.example.com");
bad('foo.com', { subjectaltname: 'DNS:*.com' },
    "Host: foo.com. is not in the cert's altnames: DNS:*.com");

// IP addresses match IP altnames only (canonical form), never DNS or CN.
ok('127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' });
ok('::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' });
const e = bad('10.0.0.1', { subjectaltname: 'DNS:10.0.0.1, IP Address:127.0.0.1' },
              "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");
assert.strictEqual(e.host, '10.0.0.1');
bad('127.0.0.1', { subject: { CN: '127.0.0.1' } }, "IP: 127.0.0.1 is not in the cert's list: ");

// CN is used only when there is no DNS altname.
ok('example.com', { subject: { CN: 'example.com' } });
ok('example.com', { subject: { CN: 'example.com' }, subjectaltname: 'IP Address:1.2.3.4' });
bad('example.com', { subject: { CN: 'example.com' }, subjectaltname: 'DNS:other.com' },
    "Host: example.com. is not in the cert's altnames: DNS:other.com");
bad('example.com', { subject: { CN: 'other.com' } },
    "Host: example.com. is not cert's CN: other.com");
bad('example.com', { subject: {} }, 'Cert does not contain a DNS name');

// A real certificate's legacy object.
const pem = fs.readFileSync(path.join(__dirname, '../../fixtures/tls/server-cert.pem'));
const cert = new X509Certificate(pem).toLegacyObject();
ok('localhost', cert);
ok('127.0.0.1', cert);
bad('example.com', cert, "Host: example.com. is not in the cert's altnames: " +
    'DNS:localhost, IP Address:127.0.0.1');
