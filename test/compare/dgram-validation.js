// dgram argument validation: error names, codes and messages of bad types,
// ports, buffers, offsets, addresses, buffer sizes, calls on unbound and
// closed sockets; the module's exports and Socket.prototype names.
'use strict';
const dgram = require('dgram');
function t(name, f) { try { const r = f(); console.log(name, 'ok', r === undefined ? '' : typeof r); } catch (e) { console.log(name, e.name, e.code, e.message); } }
for (const p of ['abc', null, undefined]) {
  const s = dgram.createSocket('udp4');
  s.on('error', (e) => { console.log('bind', p, 'error event', e.code, e.message); s.close(); });
  t('bind ' + p, () => s.bind(p, '127.0.0.1', () => { console.log('listening', p, typeof s.address().port); s.close(); }));
}
t('bad type', () => dgram.createSocket('udp5'));
t('bad type2', () => dgram.createSocket({}));
t('lookup', () => dgram.createSocket({type:'udp4', lookup: 1}));
t('signal', () => dgram.createSocket({type:'udp4', signal: 1}));
const s = dgram.createSocket('udp4');
t('addr unbound', () => s.address());
t('remote unbound', () => s.remoteAddress());
t('getRecv unbound', () => s.getRecvBufferSize());
t('setRecv bad', () => s.setRecvBufferSize(-1));
t('disconnect', () => s.disconnect());
t('setTTL str', () => s.setTTL('1'));
t('setTTL unbound', () => s.setTTL(5));
t('setBroadcast unbound', () => s.setBroadcast(true));
t('addMembership none', () => s.addMembership());
t('addMembership unbound', () => s.addMembership('224.0.0.1'));
t('send bad port', () => s.send('x', 0, '127.0.0.1'));
t('send bad buf', () => s.send(5, 1234, '127.0.0.1'));
t('send bad list', () => s.send([5], 1234, '127.0.0.1'));
t('send oob', () => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'));
t('send oob2', () => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'));
t('send addr num', () => s.send('x', 1234, 5));
t('connect bad port', () => s.connect(0));
t('connect addr', () => s.connect(1234, 5));
t('sendqueue', () => [s.getSendQueueSize(), s.getSendQueueCount()]);
t('setMulticastInterface', () => s.setMulticastInterface(5));
t('ssm', () => s.addSourceSpecificMembership(5));
s.close();
t('close twice', () => s.close());
t('address closed', () => s.address());
t('send closed', () => s.send('x', 1234, '127.0.0.1'));
t('ref closed', () => s.ref());
t('bind closed', () => s.bind());
t('getRecv closed', () => s.getRecvBufferSize());
t('setTTL closed', () => s.setTTL(3));
console.log(Object.keys(dgram), Object.getOwnPropertyNames(dgram.Socket.prototype));
