'use strict';
// DiffieHellman, DiffieHellmanGroup and ECDH: construction errors,
// verifyError, key state errors, computeSecret checks, fixed-key exchanges.
const c = require('crypto');
function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e));
  }
}
show('prime gen 1', () => c.createDiffieHellman(Buffer.from([23]), 1));
show('prime gen buf 1', () => c.createDiffieHellman(Buffer.from([23]), Buffer.from([1])));
show('size 1', () => c.createDiffieHellman(1));
show('size 64 gen 1', () => c.createDiffieHellman(64, 1));
show('verifyError 23', () => c.createDiffieHellman(Buffer.from([23])).verifyError);
show('verifyError 24', () => c.createDiffieHellman(Buffer.from([24])).verifyError);
show('verifyError 23/5', () => c.createDiffieHellman(Buffer.from([23]), 5).verifyError);
show('hex prime', () => c.createDiffieHellman('abc', 'hex').verifyError);
show('null', () => c.createDiffieHellman(null));
show('gen object', () => c.createDiffieHellman(Buffer.from([23]), {}));
show('float size', () => c.createDiffieHellman(1.5));
for (const g of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const dh = c.getDiffieHellman(g);
  show(g, () => [dh.verifyError, dh.getGenerator('hex'), dh.getPrime().length, c.createHash('sha256').update(dh.getPrime()).digest('hex')]);
}
show('modp3', () => c.getDiffieHellman('modp3'));
const g = c.getDiffieHellman('modp1');
console.log(g.setPublicKey, g.setPrivateKey, Object.keys(g), g.constructor.name,
            Object.getOwnPropertyNames(c.DiffieHellmanGroup.prototype),
            Object.getOwnPropertyNames(c.DiffieHellman.prototype));

const p = g.getPrime();
const a = c.createDiffieHellman(p, 2);
show('no public', () => a.getPublicKey());
show('no private', () => a.getPrivateKey());
a.setPrivateKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
show('still no public', () => a.getPublicKey());
const b = c.DiffieHellman(p.toString('hex'), 'hex', Buffer.from([2]));
b.setPrivateKey(Buffer.from('fedcba9876543210fedcba9876543210', 'hex'));
const pubA = a.generateKeys('hex');
const pubB = b.generateKeys();
console.log('pubA', pubA);
console.log('pubB', pubB.toString('base64'));
show('secret a', () => a.computeSecret(pubB));
show('secret b', () => b.computeSecret(pubA, 'hex', 'base64'));
show('key 1', () => a.computeSecret(Buffer.from([1])));
show('key 0', () => a.computeSecret(Buffer.from([0])));
show('key p', () => a.computeSecret(p));
show('key 4', () => a.computeSecret(Buffer.from([4])).length);
show('set chain', () => a.setPublicKey(pubB) === a);

const e = c.createECDH('prime256v1');
show('ecdh no public', () => e.getPublicKey());
show('ecdh no private', () => e.getPrivateKey());
show('ecdh no pair', () => e.computeSecret(Buffer.from([4, 1, 2])));
e.setPrivateKey(Buffer.from('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433', 'hex'));
const f = c.ECDH('prime256v1');
f.setPrivateKey('c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53', 'hex');
show('ecdh pub', () => e.getPublicKey('hex'));
show('ecdh pub compressed', () => e.getPublicKey('hex', 'compressed'));
show('ecdh pub hybrid', () => e.getPublicKey(null, 'hybrid'));
show('ecdh secret', () => e.computeSecret(f.getPublicKey()));
show('ecdh secret compressed', () => f.computeSecret(e.getPublicKey(null, 'compressed')));
show('ecdh priv', () => f.getPrivateKey('base64'));
show('bad point', () => e.computeSecret(Buffer.from([4, 1, 2])));
show('bad format', () => e.getPublicKey('hex', 'foo'));
show('zero private', () => e.setPrivateKey(Buffer.alloc(32)));
show('big private', () => e.setPrivateKey(Buffer.alloc(32, 255)));
show('bad public', () => e.setPublicKey(Buffer.from([4, 1, 2])));
show('convert', () => c.ECDH.convertKey(e.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex', 'uncompressed'));
show('convert bad', () => c.ECDH.convertKey(Buffer.from([4, 1, 2]), 'prime256v1'));
show('convert curve', () => c.ECDH.convertKey(Buffer.from([4, 1, 2]), 'foo'));
show('curve P-256', () => c.createECDH('P-256'));
show('curve type', () => c.createECDH(5));
show('ecdh keys', () => Object.keys(e));
show('ecdh proto', () => Object.getOwnPropertyNames(c.ECDH.prototype));
const k = c.createECDH('secp256k1');
k.generateKeys();
// The private key is a random scalar: a leading zero byte makes it shorter
// (1 time in 256), so print only whether it fits in 32 bytes.
show('k1 sizes', () => [k.getPublicKey().length, k.getPrivateKey().length <= 32, k.getPublicKey(null, 'compressed').length]);
