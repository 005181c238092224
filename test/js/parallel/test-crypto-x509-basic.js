'use strict';
// X509Certificate on fixed certificates made with the openssl CLI: parsed
// from PEM and DER, printed fields, public key, checks, issuer and
// signature verification, legacy object, errors.
const assert = require('node:assert');
const { X509Certificate, createPrivateKey, createPublicKey } = require('node:crypto');

const CA_PEM = `-----BEGIN CERTIFICATE-----
MIIFCTCCA/GgAwIBAgIIASNFZ4mrze8wDQYJKoZIhvcNAQELBQAwgaExCzAJBgNV
BAYTAlVTMRMwEQYDVQQIDApDYWxpZm9ybmlhMRYwFAYDVQQHDA1TYW4gRnJhbmNp
c2NvMRIwEAYDVQQKDAlFZGR5IFRlc3QxDzANBgNVBAsMBkNyeXB0bzEZMBcGA1UE
AwwQZWRkeS5leGFtcGxlLmNvbTElMCMGCSqGSIb3DQEJARYWYWRtaW5AZWRkeS5l
eGFtcGxlLmNvbTAgFw0yNjExMjYxNzQyMzlaGA8yMTI2MTEwMjE3NDIzOVowgaEx
CzAJBgNVBAYTAlVTMRMwEQYDVQQIDApDYWxpZm9ybmlhMRYwFAYDVQQHDA1TYW4g
RnJhbmNpc2NvMRIwEAYDVQQKDAlFZGR5IFRlc3QxDzANBgNVBAsMBkNyeXB0bzEZ
MBcGA1UEAwwQZWRkeS5leGFtcGxlLmNvbTElMCMGCSqGSIb3DQEJARYWYWRtaW5A
ZWRkeS5leGFtcGxlLmNvbTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEB
ALGB6QDaoFoA/0iOp9gj0X41Drbpbea1WWrSvaGy7xLXQ8+mxlQihHv//+DLeZCN
rBTebOuTbPHR641TIl/UGwoObeWrcXKyxqduJ++cvi6DSZ4nsrz+6OsPfNHiAdat
OIi19vy/OPGhrm8dJqOhw1d9fEZL0q6ac/d7IznA0qy3RG8xKl7AUfTzHLL4riUp
/KaJojRER7Txqht2sVUKTUqf28qOAY3QVlCf6tAtyoEqKy+zbuxRp2tt6Wpog+ir
K+rnq/pt9fBEBlTPBOUGLRmwHThrZFO4EhAPa+MSYNR9RAMXU69ZeH1gr1+Thrux
vBKz7WBn082vQqaLzuegSGkCAwEAAaOCAT8wggE7MA8GA1UdEwEB/wQFMAMBAf8w
DgYDVR0PAQH/BAQDAgGGMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggrBgEFBQcDAjB6
BgNVHREEczBxghBlZGR5LmV4YW1wbGUuY29tghIqLndpbGQuZXhhbXBsZS5jb22H
BH8AAAGHEAAAAAAAAAAAAAAAAAAAAAGBFmFkbWluQGVkZHkuZXhhbXBsZS5jb22G
GWh0dHBzOi8vZWRkeS5leGFtcGxlLmNvbS8wXgYIKwYBBQUHAQEEUjBQMCQGCCsG
AQUFBzABhhhodHRwOi8vb2NzcC5leGFtcGxlLmNvbS8wKAYIKwYBBQUHMAKGHGh0
dHA6Ly9jYS5leGFtcGxlLmNvbS9jYS5jcnQwHQYDVR0OBBYEFJ0iciHv5D8Qrg22
L75pFCyzFtZ2MA0GCSqGSIb3DQEBCwUAA4IBAQCNA/WaRQnEYa+0MJdvB+oZPazx
HuLaLgS/ar0cMo7d4Jdijsx1j2W7iQOOYydq658jh0PrYU22+uF1yRF/JSoWz09E
eIIOGT+qF+XGkjet8AaYw0Mmr7XvSvXyjWegFIo822zbR5sqWXI4b1Fv4tGU/7o3
Qpib0EVeoCn4ZP8VWyzBlUSc/qasaMeJJTJ4Mb3UgPpOJ8qtc/fpw31gWE4bK0EN
BEhDHzE0aFhBbPnIDWeLH3/e56XTBcI81Q6PskHpFYcDs9WaLyhSJJmf/mKAaEn6
nwozbUhzU5YmZYfTYnP97QvwDzWnwzNpj9YzlIZDxfbNcHBgmnfc/OXuCl0c
-----END CERTIFICATE-----
`;
const LEAF_PEM = `-----BEGIN CERTIFICATE-----
MIIC6DCCAdCgAwIBAgIBKjANBgkqhkiG9w0BAQsFADCBoTELMAkGA1UEBhMCVVMx
EzARBgNVBAgMCkNhbGlmb3JuaWExFjAUBgNVBAcMDVNhbiBGcmFuY2lzY28xEjAQ
BgNVBAoMCUVkZHkgVGVzdDEPMA0GA1UECwwGQ3J5cHRvMRkwFwYDVQQDDBBlZGR5
LmV4YW1wbGUuY29tMSUwIwYJKoZIhvcNAQkBFhZhZG1pbkBlZGR5LmV4YW1wbGUu
Y29tMCAXDTI2MTEyNjE3NDIzOVoYDzIxMjYxMTAyMTc0MjM5WjAqMRkwFwYDVQQD
DBBsZWFmLmV4YW1wbGUub3JnMQ0wCwYDVQQKDARMZWFmMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEbAWXBX7S96n4mZZF4M4Z/HjgFPK66o2qZURYOxBp3PvMcVop
Qq6GR3rbP2YZX//mQ/E76teI4uY9DdbS74fetaNqMGgwCQYDVR0TBAIwADAbBgNV
HREEFDASghBsZWFmLmV4YW1wbGUub3JnMB0GA1UdDgQWBBS6VgdyQ23K4GgSOwmb
1i+cD+VZPzAfBgNVHSMEGDAWgBSdInIh7+Q/EK4Nti++aRQssxbWdjANBgkqhkiG
9w0BAQsFAAOCAQEAQSeIJFg3O/KbKshdpAHoOKGNLiXzbzPo7Vi1bjjPRMoQhVEq
nfo5Ru/H0CSDyyTgDylI0t7ho7HeUfvnvgVJOZtoQUTPeq99+fRfQ59xwJ37w5H6
p2/m0L2jG08OKkYPum/+Axs0RsHTZdSIaOQQwn4NYyY/PviGbhwkUycZrZHojFwH
CBTX9rljqQhUyGwumzJv73IZAWQ8nE4w+VJ+MnKZot2ayimxmVNo+TGYjODAwKHv
BOYsZEKk/ArLB2tyjypR+317KK5pTcQ5/OoS/QRvuvXg5hOL3nuwe7XLvAwy2S8H
ksvmhduv7OJjo/Xsjlm3cmHbqBus+FRAHH5ulw==
-----END CERTIFICATE-----
`;
const LEAF_KEY = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAsYPMTuaqmenHh0TXpuEHLsMKkX0/TNKo+1HKOED18boAoGCCqGSM49
AwEHoUQDQgAEbAWXBX7S96n4mZZF4M4Z/HjgFPK66o2qZURYOxBp3PvMcVopQq6G
R3rbP2YZX//mQ/E76teI4uY9DdbS74fetQ==
-----END EC PRIVATE KEY-----
`;

const ca = new X509Certificate(CA_PEM);
assert.strictEqual(ca.fingerprint256, 'AF:1C:B5:72:0C:C3:D9:4C:E8:20:53:98:10:8E:EB:18:7B:35:EA:2E:59:FB:68:4A:C3:E4:A7:CB:B5:90:F0:6B');
assert.strictEqual(ca.subject, 'C=US\nST=California\nL=San Francisco\nO=Eddy Test\nOU=Crypto\n' +
                               'CN=eddy.example.com\nemailAddress=admin@eddy.example.com');
assert.strictEqual(ca.issuer, ca.subject);
assert.strictEqual(ca.subjectAltName, 'DNS:eddy.example.com, DNS:*.wild.example.com, IP Address:127.0.0.1, ' +
                   'IP Address:0:0:0:0:0:0:0:1, email:admin@eddy.example.com, URI:https://eddy.example.com/');
assert.strictEqual(ca.infoAccess, 'OCSP - URI:http://ocsp.example.com/\nCA Issuers - URI:http://ca.example.com/ca.crt');
assert.deepStrictEqual(ca.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
assert.strictEqual(ca.serialNumber, '0123456789ABCDEF');
assert.strictEqual(ca.ca, true);
assert.match(ca.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
assert.match(ca.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
assert.strictEqual(ca.fingerprint512.length, 64 * 3 - 1);
assert.strictEqual(ca.toString(), CA_PEM);
assert.strictEqual(ca.toJSON(), CA_PEM);
assert.strictEqual(ca.publicKey.asymmetricKeyType, 'rsa');
assert(ca.publicKey.equals(createPublicKey(CA_PEM)));

const leaf = new X509Certificate(new X509Certificate(LEAF_PEM).raw);
assert.strictEqual(leaf.subject, 'CN=leaf.example.org\nO=Leaf');
assert.strictEqual(leaf.serialNumber, '2A');
assert.strictEqual(leaf.ca, false);
assert.strictEqual(leaf.keyUsage, undefined);
assert.strictEqual(leaf.infoAccess, undefined);
assert.strictEqual(leaf.issuerCertificate, undefined);
assert.strictEqual(leaf.publicKey.asymmetricKeyDetails.namedCurve, 'prime256v1');

assert.strictEqual(ca.checkHost('eddy.example.com'), 'eddy.example.com');
assert.strictEqual(ca.checkHost('a.wild.example.com'), '*.wild.example.com');
assert.strictEqual(ca.checkHost('a.wild.example.com', { wildcards: false }), undefined);
assert.strictEqual(ca.checkHost('example.org'), undefined);
assert.strictEqual(ca.checkEmail('admin@eddy.example.com'), 'admin@eddy.example.com');
assert.strictEqual(ca.checkIP('::1'), '::1');
assert.strictEqual(ca.checkIP('10.0.0.1'), undefined);
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(leaf.checkPrivateKey(createPrivateKey(LEAF_KEY)), true);
assert.strictEqual(ca.checkPrivateKey(createPrivateKey(LEAF_KEY)), false);

const legacy = ca.toLegacyObject();
assert.strictEqual(Object.getPrototypeOf(legacy.subject), null);
assert.strictEqual(legacy.subject.CN, 'eddy.example.com');
assert.deepStrictEqual(legacy.infoAccess['OCSP - URI'], ['http://ocsp.example.com/']);
assert.strictEqual(legacy.bits, 2048);
assert.strictEqual(legacy.exponent, '0x10001');
assert.deepStrictEqual(legacy.raw, ca.raw);
assert.deepStrictEqual(legacy.ext_key_usage, ca.keyUsage);
assert.strictEqual(leaf.toLegacyObject().nistCurve, 'P-256');

assert.throws(() => new X509Certificate('garbage'), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', library: 'PEM routines', reason: 'no start line' });
assert.throws(() => new X509Certificate(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ca.checkHost('x', { subject: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => ca.checkIssued({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ca.verify(createPrivateKey(LEAF_KEY)), { code: 'ERR_INVALID_ARG_VALUE' });
