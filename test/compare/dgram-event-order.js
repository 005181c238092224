// dgram event order over udp6 on ::1: 'listening', connect callback and
// 'connect', connected sends, disconnect, 'message' rinfo, 'close'.
'use strict';
const dgram = require('dgram');
const log = (...a) => console.log(...a);
const s = dgram.createSocket('udp6');
['listening', 'connect', 'close', 'error'].forEach((e) => s.on(e, (x) => log('event', e, x && x.code)));
s.on('message', (m, r) => log('message', m.toString(), r.address, r.family, typeof r.port, r.size));
s.bind(0, '::1', () => {
  log('bound', s.address().address, s.address().family);
  const t = dgram.createSocket('udp6');
  t.on('connect', () => log('t connect event'));
  t.connect(s.address().port, '::1', (err) => {
    log('connect cb', err);
    log('remote', t.remoteAddress().address, t.remoteAddress().family, t.remoteAddress().port === s.address().port);
    try { t.connect(1, '::1'); } catch (e) { log(e.code, e.message); }
    try { t.send('x', 1, '::1'); } catch (e) { log(e.code, e.message); }
    t.send('connected-send', (err, n) => {
      log('send cb', err, n);
      t.disconnect();
      try { t.remoteAddress(); } catch (e) { log(e.code, e.message); }
      try { t.disconnect(); } catch (e) { log(e.code, e.message); }
      t.send('after-disconnect', s.address().port, '::1', (err, n) => {
        log('send2 cb', err, n);
        t.close(() => log('t closed'));
        setTimeout(() => s.close(), 50);
      });
    });
  });
  log('after connect call');
});
log('sync end');
process.nextTick(() => log('tick'));
