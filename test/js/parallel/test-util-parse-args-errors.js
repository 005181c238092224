'use strict';
// util.parseArgs strict-mode errors and config validation.
const assert = require('node:assert');
const { parseArgs } = require('node:util');

const options = { f: { type: 'boolean', short: 'f' }, s: { type: 'string', short: 's' } };
assert.throws(() => parseArgs({ args: ['-x'], options }),
              { name: 'TypeError', code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '-x'" });
assert.throws(() => parseArgs({ args: ['--xx'], options, allowPositionals: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '--xx'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--xx\"",
});
assert.throws(() => parseArgs({ args: ['pos'], options }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'pos'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['-s'], options }),
              { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-s, --s <value>' argument missing" });
assert.throws(() => parseArgs({ args: ['--f=1'], options }),
              { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-f, --f' does not take an argument" });
assert.throws(() => parseArgs({ args: ['-s', '-f'], options }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-s' argument is ambiguous.\nDid you forget to specify the option argument for '-s'?\n" +
    "To specify an option argument starting with a dash use '--s=-XYZ' or '-s-XYZ'.",
});
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'x' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.a.type\" property must be ('string|boolean'). Received type string ('x')",
});
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', short: 'ab' } } }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => parseArgs({ args: [], options: { a: { type: 'string', multiple: true, default: ['1', 2] } } }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options\.a\.default\[1\]"/ });
assert.throws(() => parseArgs({ args: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
