'use strict';
// os.cpus() lists one entry per CPU with model, speed and times; loadavg()
// gives three non-negative numbers.
const assert = require('node:assert');
const os = require('node:os');

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
assert.ok(cpus.length > 0);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const v of Object.values(cpu.times)) {
    assert.strictEqual(typeof v, 'number');
    assert.ok(v >= 0);
  }
}
assert.notStrictEqual(os.cpus(), cpus);  // a fresh array each call

const avg = os.loadavg();
assert.ok(Array.isArray(avg));
assert.strictEqual(avg.length, 3);
for (const v of avg) {
  assert.strictEqual(typeof v, 'number');
  assert.ok(v >= 0);
}
