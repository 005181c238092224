'use strict';
// Sign/Verify and one-shot sign/verify: errors, option handling, round trips for every key type.
const c = require('crypto');
function show(f){ try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e)); } }
const {privateKey, publicKey} = c.generateKeyPairSync('rsa', {modulusLength: 1024});
show(()=>c.createSign('nope'));
show(()=>{ const s = c.createSign('sha256'); s.update('a'); s.sign(privateKey); return s.sign(privateKey); });
show(()=>{ const s = c.createSign('sha256'); s.update('a'); s.sign(privateKey); s.update('b') });
show(()=>c.privateDecrypt({key: privateKey, padding: 1}, c.publicEncrypt({key:publicKey, padding:1}, Buffer.from('hi'))));
show(()=>c.publicEncrypt({key:publicKey, oaepHash:'nope'}, Buffer.from('hi')));
show(()=>c.sign('nope', Buffer.from('x'), privateKey));
show(()=>c.verify('sha256', Buffer.from('x'), publicKey, Buffer.alloc(3)));
const ed = c.generateKeyPairSync('ed25519');
show(()=>c.sign('sha256', Buffer.from('x'), ed.privateKey));
show(()=>c.createSign('sha256').update('x').sign(ed.privateKey));
show(()=>c.sign(null, Buffer.from('x'), {key: privateKey, padding: 6, saltLength: 1000}).length);
show(()=>c.sign(null, Buffer.from('x'), {key: privateKey, dsaEncoding: 'foo'}));
show(()=>c.sign(null, Buffer.from('x'), {key: privateKey, padding: 'x'}));
show(()=>c.sign(null, 'x', privateKey).length);
show(()=>c.sign(null, 'x'));
show(()=>c.createSign('SHA256').update('x').sign(privateKey, 'hex').length);
show(()=>c.createSign('RSA-SHA256').update('x').sign(privateKey, 'hex').length);
show(()=>c.createSign('sha256').update(5));
show(()=>c.createSign('sha256').sign());
show(()=>c.createSign(5));
const data = Buffer.from('hello world');
for (const [t, o] of [['rsa', {modulusLength: 1024}], ['rsa-pss', {modulusLength: 1024}], ['ec', {namedCurve: 'P-384'}], ['dsa', {modulusLength: 1024}], ['ed25519'], ['ed448']]) {
  const k = c.generateKeyPairSync(t, o);
  const alg = t.startsWith('ed') ? null : 'sha256';
  const sig = c.sign(alg, data, k.privateKey);
  console.log(t, c.verify(alg, data, k.publicKey, sig), c.verify(alg, Buffer.from('x'), k.publicKey, sig), c.verify(alg, data, k.privateKey, sig));
  if (!t.startsWith('ed')) {
    const s2 = c.createSign('sha256').update('hello ').update('world').sign(k.privateKey);
    console.log(c.createVerify('sha256').update(data).verify(k.publicKey, s2), c.verify('sha256', data, k.publicKey, s2));
  }
  if (t === 'ec' || t === 'dsa') {
    const p = c.sign('sha256', data, {key: k.privateKey, dsaEncoding: 'ieee-p1363'});
    console.log(p.length, c.verify('sha256', data, {key: k.publicKey, dsaEncoding: 'ieee-p1363'}, p), c.verify('sha256', data, k.publicKey, p));
  }
  if (t === 'rsa') {
    const p = c.sign('sha256', data, {key: k.privateKey, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20});
    console.log(c.verify('sha256', data, {key: k.publicKey, padding: 6, saltLength: 20}, p), c.verify('sha256', data, {key: k.publicKey, padding: 6}, p), c.verify('sha256', data, k.publicKey, p));
  }
}
const w = c.createSign('sha256'); w.write('hello '); w.end('world');
console.log(w.sign(privateKey).length);
c.sign('sha256', data, privateKey, (e, s) => { console.log('async sign', e, s.length, c.verify('sha256', data, publicKey, s)); c.verify('sha256', data, publicKey, Buffer.alloc(128), (e2, r) => console.log('async verify', e2, r)); });
console.log('sync end');
{
const ed = c.generateKeyPairSync('ed25519');
const x = c.generateKeyPairSync('x25519');
const dh = c.generateKeyPairSync('dh', {group:'modp1'});
show(()=>c.createVerify('sha256').update('x').verify(ed.publicKey, Buffer.alloc(64)));
show(()=>c.createSign('sha256').update('x').sign(x.privateKey));
show(()=>c.sign(null, Buffer.from('x'), x.privateKey));
show(()=>c.verify(null, Buffer.from('x'), x.publicKey, Buffer.alloc(64)));
show(()=>c.sign(null, Buffer.from('x'), dh.privateKey));
show(()=>c.createSign('sha256').update('x').sign(dh.privateKey));
show(()=>c.publicEncrypt(ed.publicKey, Buffer.from('x')));
const ec = c.generateKeyPairSync('ec', {namedCurve:'P-256'});
show(()=>c.publicEncrypt(ec.publicKey, Buffer.from('x')));
show(()=>c.sign('sha256', Buffer.from('x'), {key: ec.privateKey, dsaEncoding:'ieee-p1363'}).length);
show(()=>c.verify('sha256', Buffer.from('x'), {key: ec.publicKey, dsaEncoding:'ieee-p1363'}, Buffer.alloc(63)));
show(()=>c.verify('sha256', Buffer.from('x'), {key: ec.publicKey}, Buffer.alloc(63)));
}
