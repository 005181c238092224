'use strict';
// X509Certificate: every printed field, legacy object, checks and inspect
// output for two fixed certificates (a self-signed RSA CA with SAN, EKU and
// AIA extensions, and an EC leaf it issued), made with the openssl CLI.
const { X509Certificate, createPrivateKey, createPublicKey } = require('crypto');

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
const leaf = new X509Certificate(Buffer.from(LEAF_PEM));
for (const c of [ca, leaf]) {
  for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo',
                   'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber',
                   'ca', 'issuerCertificate']) {
    console.log(k, JSON.stringify(c[k]));
  }
  console.log(c.publicKey.type, c.publicKey.asymmetricKeyType, c.raw.length, c.raw.toString('base64').slice(0, 40));
  console.log(c.toLegacyObject());
  console.log(c);
  console.log(c.toString() === c.toJSON(), new X509Certificate(c.raw).fingerprint256 === c.fingerprint256);
}
console.log(ca.checkHost('eddy.example.com'), ca.checkHost('a.wild.example.com'),
            ca.checkHost('a.b.wild.example.com'), ca.checkHost('x.com'),
            ca.checkHost('a.wild.example.com', { wildcards: false }),
            ca.checkHost('eddy.example.com', { subject: 'always' }));
console.log(ca.checkEmail('admin@eddy.example.com'), ca.checkEmail('other@eddy.example.com'),
            ca.checkIP('127.0.0.1'), ca.checkIP('::1'), ca.checkIP('1.2.3.4'));
console.log(leaf.checkIssued(ca), ca.checkIssued(leaf), ca.checkIssued(ca));
console.log(leaf.verify(ca.publicKey), leaf.verify(leaf.publicKey), ca.verify(ca.publicKey));
console.log(leaf.checkPrivateKey(createPrivateKey(LEAF_KEY)), ca.checkPrivateKey(createPrivateKey(LEAF_KEY)));
console.log(createPublicKey(CA_PEM).equals(ca.publicKey));
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message, e.opensslErrorStack); }
}
show('garbage', () => new X509Certificate('garbage'));
show('der garbage', () => new X509Certificate(Buffer.from([0x30, 0x03, 1, 2, 3])));
show('number', () => new X509Certificate(5));
show('checkHost type', () => ca.checkHost(5));
show('checkHost subject', () => ca.checkHost('x', { subject: 'sometimes' }));
show('checkHost flag type', () => ca.checkHost('x', { wildcards: 1 }));
show('checkIssued type', () => ca.checkIssued({}));
show('verify private', () => ca.verify(createPrivateKey(LEAF_KEY)));
show('checkPrivateKey public', () => ca.checkPrivateKey(ca.publicKey));
show('verify type', () => ca.verify('x'));
console.log(Object.getOwnPropertyNames(X509Certificate.prototype));
