'use strict';
// Errors of the hash and HMAC APIs: class, code, message and own keys.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? r : Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','),
                e instanceof TypeError, e instanceof RangeError);
  }
}

show('unknown digest', () => crypto.createHash('nope'));
show('md4', () => crypto.createHash('md4'));
show('algorithm type', () => crypto.createHash(1));
show('outputLength fixed', () => crypto.createHash('sha256', { outputLength: 16 }));
show('outputLength neg', () => crypto.createHash('shake128', { outputLength: -1 }));
show('outputLength type', () => crypto.createHash('shake128', { outputLength: '1' }));
show('outputLength float', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); h.digest(); });
show('update after', () => { const h = crypto.createHash('md5'); h.digest(); h.update('a'); });
show('copy after', () => { const h = crypto.createHash('md5'); h.digest(); h.copy(); });
show('data type', () => crypto.createHash('md5').update(1));
show('data null', () => crypto.createHash('md5').update(null));
show('hex odd', () => crypto.createHash('md5').update('abc', 'hex'));
show('hex odd known', () => crypto.createHash('md5').update('abc', 'HEX'));
show('bad in enc', () => crypto.createHash('md5').update('abc', 'nope').digest('hex'));
show('hmac digest', () => crypto.createHmac('nope', 'k'));
show('hmac md4', () => crypto.createHmac('md4', 'k'));
show('hmac key', () => crypto.createHmac('sha1', 1));
show('hmac key null', () => crypto.createHmac('sha1', null));
show('hmac key undefined', () => crypto.createHmac('sha1'));
show('hmac name', () => crypto.createHmac(null, 'k'));
show('hmac twice', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); return h.digest('hex'); });
show('hmac update after', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); h.update('x'); });
show('hash input', () => crypto.hash('sha1', {}));
show('hash enc', () => crypto.hash('sha1', 'a', 'nope'));
show('hash alg', () => crypto.hash('nope', 'a'));
show('hash alg type', () => crypto.hash(1, 'a'));
show('tse len', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show('tse type1', () => crypto.timingSafeEqual([], Buffer.alloc(2)));
show('tse type2', () => crypto.timingSafeEqual(Buffer.alloc(2), 'ab'));
