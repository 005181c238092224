'use strict';
// log/info/debug/dirxml write to stdout, warn/error to stderr, one line per
// call, arguments formatted like util.format; stderr defaults to stdout.
const assert = require('node:assert');
const { Console } = require('node:console');

function sink() {
  const s = { out: '', write(chunk) { s.out += chunk; return true; } };
  return s;
}

const stdout = sink();
const stderr = sink();
const c = new Console({ stdout, stderr, ignoreErrors: false, colorMode: false });

c.log('log %s %d %i %j', 'str', 4.5, 4.5, { a: 1 });
c.info('info', 1, 'x', [1, 2]);
c.debug('debug %o', { a: [1] });
c.dirxml('dirxml', { a: { b: 1 } });
c.log();
c.log('%c%%', 'color: red');
c.warn('warn', null, undefined);
c.error(new Map([[1, 2]]), Symbol('s'));

assert.strictEqual(stdout.out,
  'log str 4.5 4 {"a":1}\n' +
  "info 1 x [ 1, 2 ]\n" +
  'debug { a: [ 1, [length]: 1 ] }\n' +
  'dirxml { a: { b: 1 } }\n' +
  '\n' +
  '%\n');
assert.strictEqual(stderr.out,
  'warn null undefined\n' +
  'Map(1) { 1 => 2 } Symbol(s)\n');

// A single stream serves both.
const both = sink();
const c2 = new Console(both, undefined, false);
c2.log('a');
c2.error('b');
c2.info('c');
c2.warn('d');
assert.strictEqual(both.out, 'a\nb\nc\nd\n');

// Writes are plain strings, one call per line.
const calls = [];
const c3 = new Console({ stdout: { write(chunk) { calls.push(chunk); } }, ignoreErrors: false });
c3.log('x\ny');
c3.log(1);
assert.deepStrictEqual(calls, ['x\ny\n', '1\n']);
