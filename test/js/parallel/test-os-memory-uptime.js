'use strict';
// Memory, uptime and parallelism are positive numbers in the right
// relation to each other.
const assert = require('node:assert');
const os = require('node:os');

const total = os.totalmem();
const free = os.freemem();
assert.strictEqual(typeof total, 'number');
assert.strictEqual(typeof free, 'number');
assert.ok(total > 0);
assert.ok(free > 0);
assert.ok(free <= total);

const up = os.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up > 0);
assert.ok(os.uptime() >= up);

const n = os.availableParallelism();
assert.ok(Number.isInteger(n));
assert.ok(n >= 1);
