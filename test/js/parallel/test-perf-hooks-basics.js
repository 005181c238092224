'use strict';
// performance: the clock, marks and measures.
const assert = require('assert');
const { performance: perf, PerformanceMark } = require('perf_hooks');

assert.strictEqual(perf, performance);
const t0 = performance.now();
assert.ok(t0 > 0 && t0 < 60000);
assert.ok(Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
const a = performance.mark('a');
assert.ok(a instanceof PerformanceMark);
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.duration, 0);
const m = performance.measure('a-to-now', 'a');
assert.strictEqual(m.entryType, 'measure');
assert.ok(m.duration >= 0);
assert.deepStrictEqual(performance.getEntriesByName('a').map((e) => e.name), ['a']);
assert.strictEqual(performance.getEntriesByType('measure').length, 1);
performance.clearMarks();
assert.strictEqual(performance.getEntriesByType('mark').length, 0);
assert.throws(() => performance.measure('x', 'no-such-mark'), { name: 'SyntaxError' });
// Node 20 has no navigator global (it came in node 21); neither does eddy.
assert.strictEqual(typeof globalThis.navigator, 'undefined');
