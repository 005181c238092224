'use strict';
// trace() writes `Trace: <message>` and the caller's stack (console frames
// hidden) to stderr.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
let err = '';
const c = new Console({
  stdout: { write(chunk) { out += chunk; } },
  stderr: { write(chunk) { err += chunk; } },
  ignoreErrors: false,
  colorMode: false,
});

function outerFunction() {
  c.trace('hello %s', 'world', 42);
}
outerFunction();
assert.strictEqual(out, '');
const lines = err.split('\n');
assert.strictEqual(lines[0], 'Trace: hello world 42');
assert.match(lines[1], /^ {4}at outerFunction \(.*test-console-trace\.js:\d+:\d+\)$/);
assert.ok(!err.includes('internal/console'), err);
assert.strictEqual(err[err.length - 1], '\n');

err = '';
c.trace();
assert.match(err, /^Trace\n {4}at /);

// Indented inside a group, like any other output.
err = '';
c.group();
c.trace('x');
assert.match(err, /^ {2}Trace: x\n {6}at /);
