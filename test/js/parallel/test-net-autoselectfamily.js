// autoSelectFamily: a host name with several addresses is tried address by
// address (families alternating) until one connects; 'lookup' comes for
// each address, autoSelectFamilyAttemptedAddresses lists the attempts, and
// when every attempt fails the error is an AggregateError of them all.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

function lookupReturning(addresses) {
  return (host, options, cb) => {
    assert.strictEqual(options.all, true);
    process.nextTick(cb, null, addresses);
  };
}

const server = net.createServer((s) => s.end('ok'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  // 127.0.0.2 is refused (nobody listens there), 127.0.0.1 answers.
  const lookups = [];
  const c = net.connect({
    host: 'example.test',
    port,
    autoSelectFamily: true,
    lookup: lookupReturning([
      { address: '127.0.0.2', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]),
  });
  c.on('lookup', (err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(host, 'example.test');
    lookups.push(`${address}/${family}`);
  });
  c.on('connect', common.mustCall(() => {
    assert.deepStrictEqual(lookups, ['127.0.0.2/4', '127.0.0.1/4']);
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses,
                           [`127.0.0.2:${port}`, `127.0.0.1:${port}`]);
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
  }));
  c.resume();
  c.on('close', common.mustCall(() => {
    server.close(common.mustCall(allFail));
  }));

  function allFail() {
    const d = net.connect({
      host: 'example.test',
      port,
      lookup: lookupReturning([
        { address: '127.0.0.3', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]),
    });
    d.on('connect', common.mustNotCall());
    d.on('error', common.mustCall((err) => {
      assert.ok(err instanceof AggregateError, err.stack);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errors.length, 2);
      for (const e of err.errors) {
        assert.strictEqual(e.code, 'ECONNREFUSED');
        assert.strictEqual(e.port, port);
      }
      assert.deepStrictEqual(err.errors.map((e) => e.address), ['127.0.0.3', '127.0.0.1']);
    }));
  }
}));

// A single address skips the attempt machinery (no attempted list).
const single = net.connect({
  host: 'single.test',
  port: 9,
  lookup: lookupReturning([{ address: '127.0.0.1', family: 4 }]),
});
single.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(single.autoSelectFamilyAttemptedAddresses, undefined);
}));

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(250);
assert.throws(() => net.connect({ port: 80, autoSelectFamilyAttemptTimeout: 0 }),
              { code: 'ERR_OUT_OF_RANGE' });
