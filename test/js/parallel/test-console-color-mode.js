'use strict';
// Colors: colorMode true/false forces them; 'auto' decides per stream and
// per call: FORCE_COLOR when set, else a TTY stream's getColorDepth() > 2
// (any TTY without getColorDepth colors), else none. inspectOptions
// without `colors` get it filled in on first use.
const assert = require('node:assert');
const { Console } = require('node:console');

delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;
delete process.env.NODE_DISABLE_COLORS;

const warnings = [];
process.on('warning', (w) => warnings.push(w.message));

function sink(props) {
  const s = { out: '', write(chunk) { s.out += chunk; }, ...props };
  return s;
}
const plain = "1 { a: 'x' }\n";
const colored = "\x1b[33m1\x1b[39m { a: \x1b[32m'x'\x1b[39m }\n";

function logTo(stream, options) {
  stream.out = '';
  const c = new Console({ stdout: stream, ignoreErrors: false, ...options });
  c.log(1, { a: 'x' });
  return stream.out;
}

assert.strictEqual(logTo(sink()), plain);
assert.strictEqual(logTo(sink(), { colorMode: true }), colored);
assert.strictEqual(logTo(sink({ isTTY: true }), { colorMode: false }), plain);
assert.strictEqual(logTo(sink({ isTTY: true })), colored);
assert.strictEqual(logTo(sink({ isTTY: true, getColorDepth: () => 1 })), plain);
assert.strictEqual(logTo(sink({ isTTY: true, getColorDepth: () => 4 })), colored);
assert.strictEqual(logTo(sink({ isTTY: false, getColorDepth: () => 24 })), plain);

// Per stream: a TTY stdout and a piped stderr.
{
  const stdout = sink({ isTTY: true, getColorDepth: () => 8 });
  const stderr = sink();
  const c = new Console({ stdout, stderr, ignoreErrors: false });
  c.log(1, { a: 'x' });
  c.error(1, { a: 'x' });
  c.table([2]);
  assert.strictEqual(stdout.out, colored +
    '┌─────────┬────────┐\n' +
    '│ (index) │ Values │\n' +
    '├─────────┼────────┤\n' +
    '│ 0       │ \x1b[33m2\x1b[39m      │\n' +
    '└─────────┴────────┘\n');
  assert.strictEqual(stderr.out, plain);
  // Decided on every call.
  stdout.isTTY = false;
  stdout.out = '';
  c.log(1, { a: 'x' });
  assert.strictEqual(stdout.out, plain);
}

// FORCE_COLOR decides alone in auto mode.
process.env.FORCE_COLOR = '1';
assert.strictEqual(logTo(sink()), colored);
assert.strictEqual(logTo(sink(), { colorMode: false }), plain);
process.env.FORCE_COLOR = '0';
assert.strictEqual(logTo(sink({ isTTY: true, getColorDepth: () => 24 })), plain);
assert.strictEqual(logTo(sink(), { colorMode: true }), colored);
process.env.FORCE_COLOR = '';
assert.strictEqual(logTo(sink()), colored);
process.env.NO_COLOR = '1';
process.env.FORCE_COLOR = '2';
assert.strictEqual(logTo(sink()), colored);
delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;

// inspectOptions: `colors` is filled in once, from the first stream seen.
{
  const inspectOptions = { depth: 0 };
  const stream = sink({ isTTY: true });
  const c = new Console({ stdout: stream, ignoreErrors: false, inspectOptions });
  c.log({ a: { b: 1 } });
  assert.strictEqual(stream.out, '{ a: \x1b[36m[Object]\x1b[39m }\n');
  assert.deepStrictEqual(inspectOptions, { depth: 0, colors: true });
  stream.isTTY = false;
  stream.out = '';
  c.log(2);
  assert.strictEqual(stream.out, '\x1b[33m2\x1b[39m\n');
}
{
  const inspectOptions = { colors: true };
  const stream = sink();
  const c = new Console({ stdout: stream, ignoreErrors: false, inspectOptions });
  c.log(3);
  assert.strictEqual(stream.out, '\x1b[33m3\x1b[39m\n');
}

process.on('exit', () => {
  assert.deepStrictEqual(warnings,
    ["The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set."]);
});
