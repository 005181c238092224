// AsyncLocalStorage stores seen by callbacks of timers, ticks, promises, fs,
// crypto, zlib, dns and net (sorted, so only the stores are compared).
'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const net = require('net');
const als = new AsyncLocalStorage();
const out = [];
const log = (tag) => out.push(`${tag}:${JSON.stringify(als.getStore())}`);
function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }
als.run({ id: 1 }, () => {
  log('sync');
  process.nextTick(() => log('tick'));
  queueMicrotask(() => log('microtask'));
  Promise.resolve().then(() => log('then'));
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  const iv = setInterval(() => { log('interval'); clearInterval(iv); }, 1);
  fs.stat(__filename, () => log('fs.stat'));
  fs.readFile(__filename, () => log('fs.readFile'));
  (async () => {
    await sleep(2);
    log('await sleep');
    await fs.promises.readFile(__filename);
    log('await fs.promises');
    await new Promise((r) => fs.access(__filename, r));
    log('await fs cb promise');
    await require('util').promisify(require('crypto').randomBytes)(8);
    log('await randomBytes');
    await require('util').promisify(require('zlib').gzip)('abc');
    log('await gzip');
    await require('dns').promises.lookup('localhost');
    log('await lookup');
  })();
});
als.run({ id: 2 }, () => {
  const server = net.createServer((sock) => {
    log('connection');
    sock.on('data', (d) => { log('server data'); sock.end('pong'); });
    sock.on('close', () => { log('server sock close'); server.close(() => log('server close cb')); });
  });
  server.listen(0, '127.0.0.1', () => {
    log('listening');
    als.run({ id: 3 }, () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => { log('client connect'); c.write('ping'); });
      c.on('data', () => log('client data'));
      c.on('end', () => log('client end'));
    });
  });
});
log('outside');
als.enterWith({ id: 'entered' });
log('after enterWith');
setTimeout(() => log('timer after enterWith'), 0);
process.on('exit', () => { console.log(out.sort().join('\n')); });
