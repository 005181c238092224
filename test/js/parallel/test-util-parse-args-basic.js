'use strict';
// util.parseArgs: string/boolean options, shorts, groups, multiple, defaults.
const assert = require('node:assert');
const { parseArgs } = require('node:util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
};
const { values, positionals } = parseArgs({
  args: ['-vo', 'file', '--tag=a', '-tb', '--', '-x'], options, allowPositionals: true,
});
assert.deepStrictEqual({ ...values }, { verbose: true, out: 'file', tag: ['a', 'b'], level: 'info' });
assert.strictEqual(Object.getPrototypeOf(values), null);
assert.deepStrictEqual(positionals, ['-x']);
assert.deepStrictEqual({ ...parseArgs({ args: ['--out', 'x', '-v'], options }).values },
                       { out: 'x', verbose: true, level: 'info' });
const loose = parseArgs({ args: ['--what', '-z', 'pos', '--k=v'], strict: false });
assert.deepStrictEqual({ ...loose.values }, { what: true, z: true, k: 'v' });
assert.deepStrictEqual(loose.positionals, ['pos']);
