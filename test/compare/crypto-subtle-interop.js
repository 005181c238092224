'use strict';
// SubtleCrypto with imported keys: deterministic AES/HMAC/KDF/Ed25519/X25519/AES-KW outputs, and round trips with generated keys.
const crypto = require('crypto');
const {subtle} = crypto.webcrypto;
const hex = (b) => Buffer.from(b).toString('hex');
async function show(label, p) { try { const r = await p(); console.log(label, r instanceof ArrayBuffer ? hex(r) : r); } catch (e) { console.log(label, 'ERR', e.name, e.message); } }
(async () => {
  // Deterministic: imported keys.
  const aesRaw = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const iv = Buffer.alloc(16, 7);
  for (const name of ['AES-CBC', 'AES-CTR', 'AES-GCM']) {
    const k = await subtle.importKey('raw', aesRaw, name, true, ['encrypt', 'decrypt']);
    const alg = name === 'AES-CTR' ? { name, counter: iv, length: 64 } : name === 'AES-GCM' ? { name, iv: iv.subarray(0, 12), additionalData: Buffer.from('aad'), tagLength: 96 } : { name, iv };
    const ct = await subtle.encrypt(alg, k, Buffer.from('The quick brown fox jumps over'));
    console.log(name, hex(ct), Buffer.from(await subtle.decrypt(alg, k, ct)).toString());
    console.log(k, await subtle.exportKey('jwk', k));
  }
  // CTR wrap-around with a small counter.
  const kctr = await subtle.importKey('raw', aesRaw, 'AES-CTR', false, ['encrypt']);
  const ctr = Buffer.from('00000000000000000000000000000ffe', 'hex');
  await show('ctr-wrap', () => subtle.encrypt({name: 'AES-CTR', counter: ctr, length: 4}, kctr, Buffer.alloc(64, 1)));
  await show('gcm-bad', async () => { const k = await subtle.importKey('raw', aesRaw, 'AES-GCM', false, ['decrypt']); return subtle.decrypt({name:'AES-GCM', iv: Buffer.alloc(12)}, k, Buffer.alloc(20)); });
  // HMAC
  const hk = await subtle.importKey('raw', Buffer.from('key'), {name: 'HMAC', hash: 'SHA-256'}, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', hk, Buffer.from('The quick brown fox jumps over the lazy dog'));
  console.log('hmac', hex(mac), await subtle.verify('HMAC', hk, mac, Buffer.from('The quick brown fox jumps over the lazy dog')), await subtle.verify('HMAC', hk, mac, Buffer.from('x')));
  console.log(hk, await subtle.exportKey('jwk', hk));
  // PBKDF2 / HKDF
  const pk = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  await show('pbkdf2', () => subtle.deriveBits({name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 2}, pk, 160));
  const dk = await subtle.deriveKey({name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 1000}, pk, {name: 'AES-GCM', length: 256}, true, ['encrypt']);
  console.log(dk, hex(await subtle.exportKey('raw', dk)));
  const hkdfKey = await subtle.importKey('raw', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'), 'HKDF', false, ['deriveBits']);
  await show('hkdf', () => subtle.deriveBits({name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex')}, hkdfKey, 42 * 8));
  await show('hkdf-nosalt', () => subtle.deriveBits({name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0)}, hkdfKey, 42 * 8));
  // Ed25519 RFC 8032 test 1
  const edPriv = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
  const edPub = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const pubK = await subtle.importKey('raw', edPub, 'Ed25519', true, ['verify']);
  const privK = await subtle.importKey('jwk', {kty: 'OKP', crv: 'Ed25519', d: edPriv.toString('base64url'), x: edPub.toString('base64url')}, 'Ed25519', true, ['sign']);
  const edSig = await subtle.sign('Ed25519', privK, Buffer.alloc(0));
  console.log('ed25519', hex(edSig), await subtle.verify('Ed25519', pubK, edSig, Buffer.alloc(0)));
  console.log(await subtle.exportKey('jwk', privK), hex(await subtle.exportKey('spki', pubK)), hex(await subtle.exportKey('pkcs8', privK)));
  // X25519 RFC 7748
  const aPriv = Buffer.from('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a', 'hex');
  const bPub = Buffer.from('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f', 'hex');
  const aPubX = Buffer.from('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a', 'hex');
  const xa = await subtle.importKey('jwk', {kty: 'OKP', crv: 'X25519', d: aPriv.toString('base64url'), x: aPubX.toString('base64url')}, 'X25519', false, ['deriveBits']);
  const xb = await subtle.importKey('raw', bPub, 'X25519', false, []);
  await show('x25519', () => subtle.deriveBits({name: 'X25519', public: xb}, xa, 256));
  await show('x25519-null', () => subtle.deriveBits({name: 'X25519', public: xb}, xa, null));
  // ECDSA + ECDH with generated keys (round trip only)
  const ec = await subtle.generateKey({name: 'ECDSA', namedCurve: 'P-384'}, true, ['sign', 'verify']);
  const sig = await subtle.sign({name: 'ECDSA', hash: 'SHA-384'}, ec.privateKey, Buffer.from('m'));
  console.log('ecdsa', sig.byteLength, await subtle.verify({name: 'ECDSA', hash: 'SHA-384'}, ec.publicKey, sig, Buffer.from('m')));
  const raw = await subtle.exportKey('raw', ec.publicKey);
  const ecPub2 = await subtle.importKey('raw', raw, {name: 'ECDSA', namedCurve: 'P-384'}, true, ['verify']);
  console.log('ecdsa raw reimport', raw.byteLength, await subtle.verify({name: 'ECDSA', hash: 'SHA-384'}, ecPub2, sig, Buffer.from('m')));
  const jwkPriv = await subtle.exportKey('jwk', ec.privateKey);
  console.log(Object.keys(jwkPriv), jwkPriv.key_ops);
  const ecPriv2 = await subtle.importKey('jwk', jwkPriv, {name: 'ECDSA', namedCurve: 'P-384'}, false, ['sign']);
  console.log(ecPriv2);
  const e1 = await subtle.generateKey({name: 'ECDH', namedCurve: 'P-256'}, true, ['deriveBits']);
  const e2 = await subtle.generateKey({name: 'ECDH', namedCurve: 'P-256'}, true, ['deriveBits']);
  const s1 = await subtle.deriveBits({name: 'ECDH', public: e2.publicKey}, e1.privateKey, 256);
  const s2 = await subtle.deriveBits({name: 'ECDH', public: e1.publicKey}, e2.privateKey, 256);
  console.log('ecdh', hex(s1) === hex(s2), s1.byteLength);
  // RSA
  for (const name of ['RSASSA-PKCS1-v1_5', 'RSA-PSS']) {
    const r = await subtle.generateKey({name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256'}, true, ['sign', 'verify']);
    const alg = {name, saltLength: 32};
    const s = await subtle.sign(alg, r.privateKey, Buffer.from('m'));
    console.log(name, s.byteLength, await subtle.verify(alg, r.publicKey, s, Buffer.from('m')), await subtle.verify(alg, r.publicKey, s, Buffer.from('n')));
    const spki = await subtle.exportKey('spki', r.publicKey);
    const again = await subtle.importKey('spki', spki, {name, hash: 'SHA-256'}, true, ['verify']);
    console.log(again.algorithm, (await subtle.exportKey('jwk', again)).alg);
    const ko = crypto.KeyObject.from(r.privateKey);
    console.log(ko.type, ko.asymmetricKeyType, ko.asymmetricKeyDetails.modulusLength);
  }
  const oaep = await subtle.generateKey({name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1'}, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const oct = await subtle.encrypt({name: 'RSA-OAEP', label: Buffer.from('L')}, oaep.publicKey, Buffer.from('secret'));
  console.log('oaep', Buffer.from(await subtle.decrypt({name: 'RSA-OAEP', label: Buffer.from('L')}, oaep.privateKey, oct)).toString(), (await subtle.exportKey('jwk', oaep.publicKey)).alg, oaep.publicKey.usages, oaep.privateKey.usages);
  // AES-KW wrap/unwrap
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const toWrap = await subtle.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'), 'AES-CBC', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', toWrap, kek, 'AES-KW');
  console.log('aes-kw', hex(wrapped));
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true, ['encrypt']);
  console.log(unwrapped, hex(await subtle.exportKey('raw', unwrapped)));
  const wj = await subtle.wrapKey('jwk', hk, kek, 'AES-KW');
  console.log('wrapped jwk', wj.byteLength, await subtle.unwrapKey('jwk', wj, kek, 'AES-KW', {name: 'HMAC', hash: 'SHA-256'}, true, ['sign']));
  const wr = await subtle.wrapKey('raw', toWrap, oaep.publicKey, {name: 'RSA-OAEP'});
  console.log('rsa wrap', (await subtle.unwrapKey('raw', wr, oaep.privateKey, {name: 'RSA-OAEP'}, 'AES-CBC', false, ['encrypt'])).algorithm);
  const gen = await subtle.generateKey({name: 'HMAC', hash: 'SHA-512'}, true, ['sign']);
  console.log(gen.algorithm, gen.usages, (await subtle.exportKey('raw', gen)).byteLength);
})();
