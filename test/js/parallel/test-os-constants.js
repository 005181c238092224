'use strict';
// os.constants: signals, errno, priority and dlopen tables with null
// prototypes, on a non-configurable, read-only property.
const assert = require('node:assert');
const os = require('node:os');

const desc = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(desc.configurable, false);
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, true);

const { constants } = os;
assert.deepStrictEqual(Object.keys(constants),
                       ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
for (const key of ['dlopen', 'errno', 'signals', 'priority']) {
  assert.strictEqual(Object.getPrototypeOf(constants[key]), null, key);
}
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.strictEqual(constants.signals.SIGINT, 2);
assert.strictEqual(constants.signals.SIGKILL, 9);
assert.strictEqual(constants.signals.toString, undefined);
assert.strictEqual(constants.errno.ENOENT, 2);
assert.deepStrictEqual({ ...constants.priority }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});
assert.strictEqual(constants.dlopen.RTLD_NOW, 2);
