'use strict';
// time/timeLog/timeEnd print `label: duration` (label 'default') with Node's
// units (ms with up to 3 decimals, seconds, m:ss.mmm, h:mm:ss.mmm); unknown
// or repeated labels warn through process.emitWarning. process.hrtime is
// replaced to make the durations exact.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
const c = new Console({
  stdout: { write(chunk) { out += chunk; } }, ignoreErrors: false, colorMode: false,
});

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

const realHrtime = process.hrtime;
let elapsed = [0, 0];
process.hrtime = function hrtime(prev) {
  return prev === undefined ? [1000, 0] : elapsed;
};
function after(ms) {
  elapsed = [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}

c.time();
after(1.5);
c.timeLog();
after(0.0004);
c.timeLog('default', 'extra', { a: 1 });
after(12.3456);
c.timeLog(undefined, 'x');
after(1001);
c.timeEnd();
c.time('m');
after(62345);
c.timeEnd('m');
c.time('h');
after(3723456);
c.timeEnd('h');
c.time(7);
after(999);
c.timeEnd('7');

assert.strictEqual(out,
  'default: 1.5ms\n' +
  "default: 0ms extra { a: 1 }\n" +
  'default: 12.346ms x\n' +
  'default: 1.001s\n' +
  'm: 1:02.345 (m:ss.mmm)\n' +
  'h: 1:02:03.456 (h:mm:ss.mmm)\n' +
  '7: 999ms\n');

// Warnings: timer already running, unknown labels; nothing printed.
out = '';
c.time('dup');
c.time('dup');
c.timeEnd('dup');
c.timeEnd('dup');
c.timeLog('gone');
c.timeEnd();
assert.strictEqual(out, 'dup: 999ms\n');
assert.throws(() => c.time(Symbol('s')), TypeError);

process.hrtime = realHrtime;

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "Warning: Label 'dup' already exists for console.time()",
    "Warning: No such label 'dup' for console.timeEnd()",
    "Warning: No such label 'gone' for console.timeLog()",
    "Warning: No such label 'default' for console.timeEnd()",
  ]);
});
