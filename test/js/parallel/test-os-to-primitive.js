'use strict';
// The value-returning os functions also work where a string or number is
// expected (node keeps `${os.hostname}` working via Symbol.toPrimitive);
// the others do not have the hook.
const assert = require('node:assert');
const os = require('node:os');

assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.homedir}`, os.homedir());
assert.strictEqual(`${os.arch}`, os.arch());
assert.strictEqual(`${os.platform}`, os.platform());
assert.strictEqual(`${os.type}`, os.type());
assert.strictEqual(`${os.release}`, os.release());
assert.strictEqual(`${os.endianness}`, os.endianness());
assert.strictEqual(`${os.tmpdir}`, os.tmpdir());
assert.strictEqual(+os.totalmem, os.totalmem());
assert.strictEqual(+os.availableParallelism, os.availableParallelism());
assert.strictEqual(typeof +os.freemem, 'number');
assert.strictEqual(typeof +os.uptime, 'number');

for (const name of ['cpus', 'loadavg', 'networkInterfaces', 'userInfo', 'getPriority',
  'setPriority']) {
  assert.strictEqual(os[name][Symbol.toPrimitive], undefined, name);
}
