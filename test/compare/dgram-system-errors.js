// dgram system errors and lookup failures: EADDRINUSE on bind (the queued
// send and close are dropped), a failing options.lookup for bind, send and
// connect (callback or 'error'), EMSGSIZE, EINVAL from ipv6Only on udp4
// and from binding udp6 to an IPv4 address. Ports are masked.
'use strict';
const dgram = require('dgram');
const log = (...a) => console.log(...a);

function show(tag, e) {
  log(tag, e.name, e.code, e.errno, e.syscall, e.address,
      e.port === undefined ? 'noport' : 'port',
      e.message.replace(/\d{4,5}/g, 'PORT'), Object.keys(e).join(','));
}

function failingLookup(host, family, cb) {
  cb(Object.assign(new Error(`lookup fail ${host} ${family}`), { code: 'EFAKE' }));
}

function badHostLookup(host, family, cb) {
  log('lookup', host, family);
  if (host === 'bad') cb(Object.assign(new Error('bad host'), { code: 'ENOTFOUND' }));
  else cb(null, '127.0.0.1', 4);
}

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    show('bind in use', e);
    lookupFailsForBind();
  });
  b.on('listening', () => log('UNEXPECTED listening'));
  b.bind(port, '127.0.0.1');
  b.send('queued', port, '127.0.0.1', (err) => log('queued send cb', err));
  b.close(() => log('b close cb'));

  function lookupFailsForBind() {
    const c = dgram.createSocket({ type: 'udp4', lookup: failingLookup });
    c.on('error', (e) => {
      log('c error', e.message, e.code);
      c.close(lookupFailsForSendAndConnect);
    });
    c.bind(0, 'some.host');
  }

  function lookupFailsForSendAndConnect() {
    const d = dgram.createSocket({ type: 'udp4', lookup: badHostLookup });
    d.bind(0, '127.0.0.1', () => {
      d.send('x', port, 'bad', (e) => {
        log('send lookup err cb', e.message, e.code);
        d.once('error', (e) => {
          log('send lookup err event', e.message);
          d.send(Buffer.alloc(70000), port, '127.0.0.1', (e) => {
            show('emsgsize', e);
            d.connect(port, 'bad', (e) => {
              log('connect cb err', e && e.message);
              d.once('error', (e) => {
                log('connect err event', e.message);
                d.close();
                ipv6OnlyOnUdp4();
              });
              d.connect(port, 'bad');
            });
          });
        });
        d.send('x', port, 'bad');
      });
    });
  }

  function ipv6OnlyOnUdp4() {
    const e6 = dgram.createSocket({ type: 'udp4', ipv6Only: true });
    e6.on('error', (e) => {
      show('udp4 ipv6only', e);
      e6.close(udp6ToIpv4);
    });
    e6.bind(0, '127.0.0.1');
  }

  function udp6ToIpv4() {
    const f = dgram.createSocket('udp6');
    f.on('error', (e) => {
      show('udp6 bind v4', e);
      f.close();
      a.close();
    });
    f.bind(0, '127.0.0.1');
  }
});
