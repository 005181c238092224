'use strict';
// resolve*() against a local DNS server (a small Python script on a UDP port
// of 127.0.0.1): every record type comes back in node's shape, A/AAAA with
// {ttl: true}, and server failures map to node's error codes, through the
// callback and the promise Resolver.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');
const dns = require('node:dns');

// The server exits when its stdin closes, so it never outlives the test.
const server = String.raw`
import os, socket, struct, sys, threading
threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
def name(n):
    if n in ('', '.'): return b'\0'
    return b''.join(bytes([len(p)]) + p.encode() for p in n.split('.')) + b'\0'
def rr(o, t, ttl, d): return name(o) + struct.pack('>HHIH', t, 1, ttl, len(d)) + d
def cs(s): return bytes([len(s)]) + s.encode('latin-1')
A = lambda s: socket.inet_pton(socket.AF_INET, s)
A6 = lambda s: socket.inet_pton(socket.AF_INET6, s)
def records(q, t):
    if q == 'a.test':
        R = {1: [rr(q, 1, 300, A('1.2.3.4')), rr(q, 1, 60, A('5.6.7.8'))],
             28: [rr(q, 28, 100, A6('::1'))],
             15: [rr(q, 15, 50, struct.pack('>H', 10) + name('mx1.test'))],
             2: [rr(q, 2, 50, name('ns1.test')), rr(q, 2, 50, name('ns2.test'))],
             16: [rr(q, 16, 50, cs('v=spf1') + cs(' -all')), rr(q, 16, 50, cs('caf\xe9'))],
             33: [rr(q, 33, 50, struct.pack('>HHH', 10, 5, 5060) + name('sip.test'))],
             12: [rr(q, 12, 50, name('ptr.test'))],
             35: [rr(q, 35, 50, struct.pack('>HH', 100, 10) + cs('u') + cs('E2U+sip') + cs('!^.*$!x!') + name('.'))],
             6: [rr(q, 6, 50, name('ns1.test') + name('hm.test') + struct.pack('>IIIII', 7, 2, 3, 4, 5))],
             257: [rr(q, 257, 50, bytes([0]) + cs('issue') + b'ca.test')]}
        if t == 255: return 0, [r for k in (1, 28, 15, 2, 16, 33, 12, 35, 6, 257) for r in R[k]]
        return 0, R.get(t, [])
    if q == 'alias.test':
        return 0, [rr(q, 5, 10, name('real.test'))] + ([rr('real.test', 1, 20, A('9.9.9.9'))] if t == 1 else [])
    if q == '4.3.2.1.in-addr.arpa': return 0, [rr(q, 12, 50, name('host.test'))]
    return {'servfail.test': 2, 'refused.test': 5, 'nodata.test': 0, 'timeout.test': None}.get(q, 3), []
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print(s.getsockname()[1], flush=True)
while True:
    data, peer = s.recvfrom(4096)
    i = 12
    while data[i]: i += data[i] + 1
    parts, j = [], 12
    while data[j]: parts.append(data[j + 1:j + 1 + data[j]].decode()); j += data[j] + 1
    q = '.'.join(parts).lower()
    t = struct.unpack('>H', data[i + 1:i + 3])[0]
    rcode, R = records(q, t)
    if rcode is None: continue
    s.sendto(data[:2] + struct.pack('>HHHHH', 0x8180 | rcode, 1, len(R), 0, 0) + data[12:i + 5] + b''.join(R), peer)
`;

const child = spawn('python3', ['-c', server], { stdio: ['pipe', 'pipe', 'inherit'] });
process.on('exit', () => child.kill());
child.on('error', () => {
  console.log('1..0 # skipped: python3 is not available');
});
child.stdout.once('data', common.mustCall((chunk) => {
  const port = Number(String(chunk).trim());
  const resolver = new dns.Resolver({ timeout: 300, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(resolver.getServers(), [`127.0.0.1:${port}`]);

  const checks = [
    ['resolve4', 'a.test', ['1.2.3.4', '5.6.7.8']],
    ['resolve6', 'a.test', ['::1']],
    ['resolveMx', 'a.test', [{ exchange: 'mx1.test', priority: 10 }]],
    ['resolveNs', 'a.test', ['ns1.test', 'ns2.test']],
    ['resolveTxt', 'a.test', [['v=spf1', ' -all'], ['caf\xe9']]],
    ['resolveSrv', 'a.test', [{ name: 'sip.test', port: 5060, priority: 10, weight: 5 }]],
    ['resolvePtr', 'a.test', ['ptr.test']],
    ['resolveNaptr', 'a.test', [{ flags: 'u', service: 'E2U+sip', regexp: '!^.*$!x!',
                                 replacement: '', order: 100, preference: 10 }]],
    ['resolveSoa', 'a.test', { nsname: 'ns1.test', hostmaster: 'hm.test', serial: 7,
                              refresh: 2, retry: 3, expire: 4, minttl: 5 }],
    ['resolveCaa', 'a.test', [{ critical: 0, issue: 'ca.test' }]],
    ['resolveCname', 'alias.test', ['real.test']],
    ['resolve4', 'alias.test', ['9.9.9.9']],
    ['reverse', '1.2.3.4', ['host.test']],
    ['resolveAny', 'alias.test', [{ value: 'real.test', type: 'CNAME' }]],
    ['resolveAny', 'a.test', [
      { address: '1.2.3.4', ttl: 300, type: 'A' },
      { address: '5.6.7.8', ttl: 60, type: 'A' },
      { address: '::1', ttl: 100, type: 'AAAA' },
      { exchange: 'mx1.test', priority: 10, type: 'MX' },
      { value: 'ns1.test', type: 'NS' },
      { value: 'ns2.test', type: 'NS' },
      { entries: ['v=spf1', ' -all'], type: 'TXT' },
      { entries: ['caf\xe9'], type: 'TXT' },
      { name: 'sip.test', port: 5060, priority: 10, weight: 5, type: 'SRV' },
      { value: 'ptr.test', type: 'PTR' },
      { flags: 'u', service: 'E2U+sip', regexp: '!^.*$!x!', replacement: '', order: 100,
        preference: 10, type: 'NAPTR' },
      { nsname: 'ns1.test', hostmaster: 'hm.test', serial: 7, refresh: 2, retry: 3, expire: 4,
        minttl: 5, type: 'SOA' },
      { critical: 0, issue: 'ca.test', type: 'CAA' },
    ]],
  ];
  const failures = [
    ['resolve4', 'nx.test', 'ENOTFOUND', 'queryA'],
    ['resolveMx', 'servfail.test', 'ESERVFAIL', 'queryMx'],
    ['resolveTxt', 'refused.test', 'EREFUSED', 'queryTxt'],
    ['resolve6', 'nodata.test', 'ENODATA', 'queryAaaa'],
    ['resolveSoa', 'timeout.test', 'ETIMEOUT', 'querySoa'],
    ['reverse', '1.2.3.9', 'ENOTFOUND', 'getHostByAddr'],
  ];

  let left = checks.length + failures.length + 4;
  const done = () => {
    if (--left === 0) child.kill();
  };
  for (const [method, host, expected] of checks) {
    resolver[method](host, common.mustSucceed((result) => {
      assert.deepStrictEqual(result, expected, `${method} ${host}`);
      done();
    }));
  }
  for (const [method, host, code, syscall] of failures) {
    resolver[method](host, common.mustCall((err, result) => {
      assert.strictEqual(result, undefined);
      assert.strictEqual(err.message, `${syscall} ${code} ${host}`);
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.syscall, syscall);
      assert.strictEqual(err.hostname, host);
      assert.strictEqual(err.errno, undefined);
      done();
    }));
  }
  resolver.resolve4('a.test', { ttl: true }, common.mustSucceed((result) => {
    assert.deepStrictEqual(result, [{ address: '1.2.3.4', ttl: 300 }, { address: '5.6.7.8', ttl: 60 }]);
    done();
  }));
  resolver.resolve('a.test', 'NS', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['ns1.test', 'ns2.test']);
    done();
  }));
  resolver.resolve('alias.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['9.9.9.9']);
    done();
  }));

  const promises = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  promises.setServers([`127.0.0.1:${port}`]);
  (async () => {
    assert.deepStrictEqual(await promises.resolve6('a.test', { ttl: true }),
                           [{ address: '::1', ttl: 100 }]);
    assert.deepStrictEqual(await promises.resolve('a.test', 'MX'),
                           [{ exchange: 'mx1.test', priority: 10 }]);
    assert.deepStrictEqual(await promises.resolveSoa('a.test'), checks[8][2]);
    assert.deepStrictEqual(await promises.resolveAny('a.test'), checks[14][2]);
    assert.deepStrictEqual(await promises.reverse('1.2.3.4'), ['host.test']);
    await assert.rejects(promises.resolveCname('nx.test'), {
      name: 'Error', code: 'ENOTFOUND', syscall: 'queryCname', hostname: 'nx.test',
      message: 'queryCname ENOTFOUND nx.test',
    });
    await assert.rejects(promises.resolveNaptr('servfail.test'), { code: 'ESERVFAIL' });
  })().then(common.mustCall(done));
}));
