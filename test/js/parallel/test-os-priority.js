'use strict';
// getPriority/setPriority: pid defaults to the current process, arguments
// are validated as int32 (priority within -20..19), and setting the
// current priority again succeeds.
const assert = require('node:assert');
const os = require('node:os');

const current = os.getPriority();
assert.ok(Number.isInteger(current));
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(process.pid), current);

os.setPriority(current);  // priority only: pid 0
os.setPriority(0, current);
os.setPriority(process.pid, current);
assert.strictEqual(os.getPriority(), current);

for (const bad of ['0', null, {}, 1.5, NaN, 2 ** 31]) {
  assert.throws(() => os.getPriority(bad), (err) => {
    assert.ok(err.code === 'ERR_INVALID_ARG_TYPE' || err.code === 'ERR_OUT_OF_RANGE');
    return true;
  });
}
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
assert.throws(() => os.setPriority(0, -21), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.setPriority('0', 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'0\')',
});
assert.throws(() => os.setPriority(), { code: 'ERR_INVALID_ARG_TYPE' });
