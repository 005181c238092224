// dgram socket options on 127.0.0.1 and ::1: buffer sizes (from options and
// setters, with their errors), TTL, broadcast, multicast interface,
// loopback, membership and source-specific membership results and errors.
'use strict';
const dgram = require('dgram');
const log = (...a) => console.log(...a);
function t(name, f) { try { const r = f(); log(name, 'ok', r); } catch (e) { log(name, e.name, e.code, e.message, e.syscall, e.errno); } }
const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 65536, sendBufferSize: 32768 });
s.bind(0, '127.0.0.1', () => {
  t('getRecv', () => s.getRecvBufferSize());
  t('getSend', () => s.getSendBufferSize());
  t('setRecv', () => s.setRecvBufferSize(100000));
  t('getRecv2', () => s.getRecvBufferSize());
  t('setSend 0', () => s.setSendBufferSize(0));
  t('setSend 1.5', () => s.setSendBufferSize(1.5));
  t('setSend 2**31', () => s.setSendBufferSize(2 ** 31));
  t('setSend 2**32-1', () => s.setSendBufferSize(2 ** 32 - 1));
  t('setBroadcast', () => s.setBroadcast(true));
  t('setBroadcast0', () => s.setBroadcast(false));
  t('setTTL 64', () => s.setTTL(64));
  t('setTTL 0', () => s.setTTL(0));
  t('setTTL 256', () => s.setTTL(256));
  t('setTTL NaN', () => s.setTTL(NaN));
  t('setTTL 1e20', () => s.setTTL(1e20));
  t('setMcTTL', () => s.setMulticastTTL(3));
  t('setMcTTL 256', () => s.setMulticastTTL(256));
  t('setMcLoop', () => s.setMulticastLoopback(true));
  t('setMcLoop0', () => s.setMulticastLoopback(0));
  t('setMcIf', () => s.setMulticastInterface('127.0.0.1'));
  t('setMcIf bad', () => s.setMulticastInterface('bogus'));
  t('addMembership', () => s.addMembership('224.0.0.114', '127.0.0.1'));
  t('addMembership dup', () => s.addMembership('224.0.0.114', '127.0.0.1'));
  t('dropMembership', () => s.dropMembership('224.0.0.114', '127.0.0.1'));
  t('dropMembership again', () => s.dropMembership('224.0.0.114', '127.0.0.1'));
  t('addMembership nonmc', () => s.addMembership('127.0.0.1'));
  t('addMembership bad', () => s.addMembership('bogus'));
  t('ssm', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm drop', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'));
  t('ssm bad', () => s.addSourceSpecificMembership('127.0.0.1', '224.0.0.1'));
  t('ssm grp', () => s.addSourceSpecificMembership('127.0.0.1', 5));
  t('hasRef?', () => typeof s.ref);
  s.close();
  const u = dgram.createSocket('udp6');
  u.bind(0, '::1', () => {
    t('u mcif', () => u.setMulticastInterface('::1'));
    t('u mcif %lo', () => u.setMulticastInterface('::%lo'));
    t('u add', () => u.addMembership('ff02::1234', '::1'));
    t('u add2', () => u.addMembership('ff02::1234'));
    t('u setTTL', () => u.setTTL(10));
    u.close();
  });
});
