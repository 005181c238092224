'use strict';
// count() prints `label: n` (label 'default', coerced to string);
// countReset() restarts it, and warns through process.emitWarning for an
// unknown label (looked up without string coercion, as Node does).
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
const c = new Console({ stdout: { write(chunk) { out += chunk; } }, ignoreErrors: false });

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

c.count();
c.count();
c.count('x');
c.count(undefined);
c.count(null);
c.count({ toString() { return 'obj'; } });
c.countReset();
c.count();
c.countReset('x');
c.count('x');
c.countReset('nope');
c.count(1);
c.countReset(1);  // counts.has(1) is false: warns, nothing reset
c.count('1');
c.countReset('1');
c.count(1);
assert.throws(() => c.count(Symbol('s')), TypeError);

assert.strictEqual(out,
  'default: 1\n' +
  'default: 2\n' +
  'x: 1\n' +
  'default: 3\n' +
  'null: 1\n' +
  'obj: 1\n' +
  'default: 1\n' +
  'x: 1\n' +
  '1: 1\n' +
  '1: 2\n' +
  '1: 1\n');

// A second console has its own counters.
const c2 = new Console({ stdout: { write(chunk) { out += chunk; } }, ignoreErrors: false });
out = '';
c2.count();
assert.strictEqual(out, 'default: 1\n');

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "Warning: Count for 'nope' does not exist",
    "Warning: Count for '1' does not exist",
  ]);
});
