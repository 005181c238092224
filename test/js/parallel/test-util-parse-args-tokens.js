'use strict';
// util.parseArgs({ tokens: true }) and allowNegative.
const assert = require('node:assert');
const { parseArgs } = require('node:util');

const { tokens } = parseArgs({
  args: ['-ab', '--c=1', 'p', '--', 'q'],
  options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string' } },
  allowPositionals: true, tokens: true,
});
assert.deepStrictEqual(tokens, [
  { kind: 'option', name: 'a', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'b', rawName: '-b', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'c', rawName: '--c', index: 1, value: '1', inlineValue: true },
  { kind: 'positional', index: 2, value: 'p' },
  { kind: 'option-terminator', index: 3 },
  { kind: 'positional', index: 4, value: 'q' },
]);
const neg = parseArgs({ args: ['--color', '--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true });
assert.strictEqual(neg.values.color, false);
assert.throws(() => parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } } }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--no-color'" });
