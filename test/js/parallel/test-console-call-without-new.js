'use strict';
// Console works without `new`; instances carry their methods as own bound
// properties (named like the method), so they can be passed around; a
// subclass's overrides are the ones bound.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
const stream = { write(chunk) { out += chunk; } };

const c = Console(stream, stream, false);
assert.ok(c instanceof Console);
assert.strictEqual(Object.getPrototypeOf(c), Console.prototype);
const { log, warn, count, group, groupEnd } = c;
log('a');
warn('b');
group();
count();
groupEnd();
count();
assert.strictEqual(out, 'a\nb\n  default: 1\ndefault: 2\n');

assert.strictEqual(Console.length, 1);
assert.strictEqual(Console.name, 'Console');
assert.deepStrictEqual(Object.keys(Console.prototype), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug',
  'info', 'dirxml', 'error', 'groupCollapsed',
]);
assert.strictEqual(Console.prototype.info, Console.prototype.log);
assert.strictEqual(Console.prototype.error, Console.prototype.warn);
assert.strictEqual(Console.prototype.groupCollapsed, Console.prototype.group);
for (const key of Object.keys(Console.prototype)) {
  assert.ok(Object.prototype.hasOwnProperty.call(c, key), key);
  assert.notStrictEqual(c[key], Console.prototype[key]);
  assert.strictEqual(c[key].name, key);
}
assert.strictEqual(Object.prototype.toString.call(c), '[object console]');
assert.ok(!Object.keys(c).includes('_stdout'));
assert.strictEqual(c._stdout, stream);
assert.strictEqual(c._stderr, stream);
assert.strictEqual(c._ignoreErrors, false);

assert.strictEqual({} instanceof Console, false);

class MyConsole extends Console {
  log(...args) { super.log('[my]', ...args); }
}
out = '';
const m = new MyConsole({ stdout: stream, ignoreErrors: false });
assert.ok(m instanceof MyConsole);
assert.ok(m instanceof Console);
const mlog = m.log;
mlog('x');
m.count('k');  // count() goes through this.log
assert.strictEqual(out, '[my] x\n[my] k: 1\n');
