'use strict';
// Errors of the cipher API: class, code, message and own keys (OpenSSL
// errors carry library/reason/code).
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','),
                e.library, e.reason, e instanceof TypeError, e instanceof RangeError);
  }
}

const k16 = Buffer.alloc(16, 1);
const k32 = Buffer.alloc(32, 2);
const iv16 = Buffer.alloc(16, 3);
const iv12 = Buffer.alloc(12, 4);

show('unknown', () => crypto.createCipheriv('nope', k16, iv16));
show('keylen', () => crypto.createCipheriv('aes-128-cbc', k32, iv16));
show('ivlen', () => crypto.createCipheriv('aes-128-cbc', k16, iv12));
show('iv null', () => crypto.createCipheriv('aes-128-cbc', k16, null));
show('ecb iv', () => crypto.createCipheriv('aes-128-ecb', k16, iv16));
show('ecb empty iv', () => crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0)).final());
show('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
show('gcm tag len', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 }));
show('gcm tag type', () => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: -1 }));
show('ccm no tag', () => crypto.createCipheriv('aes-128-ccm', k16, iv12));
show('ccm iv', () => crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(14), { authTagLength: 16 }));
show('ccm tag len', () => crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 5 }));
show('ocb no tag', () => crypto.createCipheriv('aes-128-ocb', k16, iv12));
show('chacha iv', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(13)));
show('chacha20 iv', () => crypto.createCipheriv('chacha20', k32, iv12));
show('cipher type', () => crypto.createCipheriv(1, k16, iv16));
show('key type', () => crypto.createCipheriv('aes-128-cbc', 1, iv16));
show('iv type', () => crypto.createCipheriv('aes-128-cbc', k16, 1));
show('final twice', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.update('a'); });
show('padding after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.setAutoPadding(); });
show('no padding partial', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.setAutoPadding(false); c.update('a'); c.final(); });
show('bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(16)); return d.final(); });
show('short decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(15)); return d.final(); });
show('gcm no tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.update(Buffer.alloc(5)); return d.final(); });
show('gcm bad tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(5)); return d.final(); });
show('gcm tag 3', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3)));
show('gcm tag twice', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); });
show('gcm tag type', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(5));
show('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag());
show('getAuthTag cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.getAuthTag(); });
show('setAAD cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1)));
show('setAAD late', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.update('a'); c.setAAD(Buffer.alloc(1)); });
show('setAAD type', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(1));
show('ccm aad no len', () => crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 }).setAAD(Buffer.alloc(1)));
show('ccm wrong len', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 }); c.setAAD(Buffer.alloc(1), { plaintextLength: 3 }); c.update('abcd'); });
show('ccm too long', () => crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(13), { authTagLength: 16 }).update(Buffer.alloc(70000)));
show('ccm bad tag', () => { const d = crypto.createDecipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 }); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(4)); return d.final(); });
show('xts dup keys', () => crypto.createCipheriv('aes-128-xts', Buffer.alloc(32), iv16).update(Buffer.alloc(16)));
show('data type', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(5));
show('out enc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('a', 'utf8', 'nope'));
show('final enc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).final('nope'));
show('hex odd', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'hex'));
show('info type', () => crypto.getCipherInfo({}));
show('info opts', () => crypto.getCipherInfo('aes-128-cbc', 1));
show('info keyLength', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'x' }));
show('legacy unknown', () => crypto.createCipher('nope', 'pw'));
