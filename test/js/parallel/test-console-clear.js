'use strict';
// clear() moves the cursor home and erases the screen, only on a TTY stdout
// and not when TERM is 'dumb'.
const assert = require('node:assert');
const { Console } = require('node:console');

function run(isTTY, term) {
  let out = '';
  const stdout = { isTTY, write(chunk) { out += chunk; } };
  const c = new Console({ stdout, ignoreErrors: false });
  const saved = process.env.TERM;
  if (term === undefined) delete process.env.TERM;
  else process.env.TERM = term;
  try {
    c.clear();
  } finally {
    if (saved === undefined) delete process.env.TERM;
    else process.env.TERM = saved;
  }
  return out;
}

assert.strictEqual(run(false, 'xterm'), '');
assert.strictEqual(run(undefined, 'xterm'), '');
assert.strictEqual(run(true, 'xterm'), '\x1b[1;1H\x1b[0J');
assert.strictEqual(run(true, undefined), '\x1b[1;1H\x1b[0J');
assert.strictEqual(run(true, 'dumb'), '');
