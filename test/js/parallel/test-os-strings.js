'use strict';
// The string-valued os facts: non-empty strings, fixed answers on Linux,
// and the EOL/devNull constants as read-only, enumerable properties.
const assert = require('node:assert');
const os = require('node:os');

for (const name of ['arch', 'platform', 'type', 'release', 'version', 'machine',
  'hostname', 'homedir', 'tmpdir']) {
  const value = os[name]();
  assert.strictEqual(typeof value, 'string', name);
  assert.ok(value.length > 0, name);
}
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.type(), 'Linux');
assert.match(os.release(), /^\d+\.\d+/);
assert.ok(['LE', 'BE'].includes(os.endianness()));
assert.strictEqual(os.endianness(), new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
for (const name of ['EOL', 'devNull']) {
  const desc = Object.getOwnPropertyDescriptor(os, name);
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
}
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
