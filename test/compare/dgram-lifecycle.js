// dgram lifecycle: AbortSignal (live and already aborted), ref/unref
// letting the process exit, Symbol.asyncDispose; the order of 'close'
// events and of 'exit'.
'use strict';
const dgram = require('dgram');
const log = (...a) => console.log(...a);
const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', () => log('s close'));
s.on('listening', () => { log('s listening'); ac.abort(); log('aborted sync'); try { s.address(); } catch (e) { log(e.code); } });
s.bind(0, '127.0.0.1');
const pre = AbortSignal.abort();
const p = dgram.createSocket({ type: 'udp4', signal: pre });
p.on('close', () => log('p close'));
try { p.bind(0); } catch (e) { log('p bind', e.code); }
const u = dgram.createSocket('udp4');
u.bind(0, '127.0.0.1', () => { log('u listening'); u.unref(); log('unref returns', u.unref() === u, u.ref() === u); u.unref(); });
const d = dgram.createSocket('udp4');
d.bind(0, '127.0.0.1', async () => {
  log('d listening');
  const r = d[Symbol.asyncDispose]();
  log('dispose returns promise', r instanceof Promise);
  await r;
  log('disposed');
  await d[Symbol.asyncDispose]();
  log('disposed twice');
});
d.on('close', () => log('d close'));
process.on('exit', () => log('exit'));
// The 'udp.socket' diagnostics channel sees each new socket.
const dc = require('diagnostics_channel');
const onSocket = (m) => log('udp.socket', Object.keys(m), m.socket.type);
dc.subscribe('udp.socket', onSocket);
dgram.createSocket('udp6').close();
dc.unsubscribe('udp.socket', onSocket);
