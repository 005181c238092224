'use strict';
// os.constants tables are read-only and non-configurable (as in node), so a
// program cannot change what the runtime itself reads from them.
const assert = require('assert');
const os = require('os');

const { constants } = os;
assert.deepStrictEqual(Object.keys(constants),
                       ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
for (const [obj, key] of [[constants, 'UV_UDP_REUSEADDR'], [constants.signals, 'SIGINT'],
  [constants.errno, 'ENOENT'], [constants.priority, 'PRIORITY_LOW'],
  [constants.dlopen, 'RTLD_NOW']]) {
  const desc = Object.getOwnPropertyDescriptor(obj, key);
  assert.strictEqual(desc.writable, false, key);
  assert.strictEqual(desc.configurable, false, key);
  assert.strictEqual(desc.enumerable, true, key);
}
assert.strictEqual(Object.getPrototypeOf(constants.signals), null);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, 'signals').writable, true);

const sigint = constants.signals.SIGINT;
assert.throws(() => { constants.signals.SIGINT = 99; }, TypeError);
assert.throws(() => { delete constants.errno.ENOENT; }, TypeError);
assert.strictEqual(constants.signals.SIGINT, sigint);
assert.strictEqual(typeof constants.errno.ENOENT, 'number');
// Signal names still resolve after the attempts above.
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.strictEqual(require('os').constants, constants);
