'use strict';
const assert = require('assert');

process.env.EDDY_T1 = 123;
assert.strictEqual(process.env.EDDY_T1, '123');
process.env.EDDY_T1 = true;
assert.strictEqual(process.env.EDDY_T1, 'true');
assert.ok('EDDY_T1' in process.env);
assert.ok(Object.keys(process.env).includes('EDDY_T1'));
assert.strictEqual(delete process.env.EDDY_T1, true);
assert.strictEqual(process.env.EDDY_T1, undefined);
assert.ok(!('EDDY_T1' in process.env));
assert.throws(() => { process.env.X = Symbol('s'); }, TypeError);
assert.strictEqual(require('util').types.isProxy(process.env), false);
assert.strictEqual(typeof process.env.PATH, 'string');
const copy = { ...process.env };
assert.strictEqual(copy.PATH, process.env.PATH);
