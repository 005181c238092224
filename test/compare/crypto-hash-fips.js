'use strict';
// crypto.setFips/getFips (and the `fips` accessor): with FIPS mode on,
// digests fetched through OpenSSL's default properties fail as in node
// (this system has no FIPS provider), the random generator keeps working,
// and switching back restores everything. Also setEngine's unknown engine.
const c = require('crypto');

console.log(c.getFips(), c.fips);
c.setFips(true);
console.log(c.getFips(), c.fips);
const attempts = {
  'hash str': () => c.createHash('sha256').update('x').digest('hex'),
  'hash buf': () => c.createHash('md5').update(Buffer.from('x')).digest('hex'),
  'hmac': () => c.createHmac('sha256', 'k').update('x').digest('hex'),
  'random': () => c.randomBytes(4).length,
  'pbkdf2': () => c.pbkdf2Sync('a', 'b', 1, 4, 'sha1').toString('hex'),
};
for (const [name, f] of Object.entries(attempts)) {
  try {
    console.log(name, 'ok', f());
  } catch (e) {
    console.log(name, e.message, e.code);
  }
}
c.fips = false;
console.log(c.getFips(), c.createHash('sha256').update('x').digest('hex'));
try {
  c.setEngine('no-such-engine');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  c.setEngine(1);
} catch (e) {
  console.log(e.code, e.message);
}
