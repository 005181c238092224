'use strict';
// `-i` with input on a pipe runs the REPL: values printed with inspect,
// statements completed over several lines (`...` prompts), `_`, object
// literals, thrown errors with only the user's frames, top-level await,
// and unknown dot commands.
const assert = require('assert');
const { spawnSync } = require('child_process');

const input = [
  '1+1',
  'const a = [1, 2, { b: 3 }]',
  'a',
  'function f() {',
  'return 42',
  '}',
  'f()',
  '_',
  '{ a: 1 }',
  "'str'",
  'throw new Error("boom")',
  'function g() { throw new TypeError("x") }',
  'g()',
  'await Promise.resolve(7)',
  'throw 5',
  '.nosuchcommand',
  '',
].join('\n');
const r = spawnSync(process.execPath, ['-i'], { input, encoding: 'utf8' });
assert.strictEqual(r.status, 0);
const lines = r.stdout.split('\n');
assert.match(lines[0], /^Welcome to /);
assert.strictEqual(lines[1], 'Type ".help" for more information.');
assert.strictEqual(lines.slice(2).join('\n'), [
  '> 2',
  '> undefined',
  '> [ 1, 2, { b: 3 } ]',
  '> ... ... undefined',
  '> 42',
  '> 42',
  '> { a: 1 }',
  "> 'str'",
  '> Uncaught Error: boom',
  '> undefined',
  '> Uncaught TypeError: x',
  '    at g (REPL12:1:22)',
  // The awaited value prints when it settles, after the lines that follow.
  '> Uncaught 5',
  '> Invalid REPL keyword',
  '> 7',
  '> ',
].join('\n'));
