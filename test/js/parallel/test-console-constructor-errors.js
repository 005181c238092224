'use strict';
// Argument validation of new Console(...), with Node's error codes and messages.
const assert = require('node:assert');
const { Console } = require('node:console');

const stream = { write() {} };

for (const bad of [undefined, null, {}, { write: 'no' }, 1]) {
  assert.throws(() => new Console(bad), {
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    name: 'TypeError',
    message: 'Console expects a writable stream instance for stdout',
  });
}
assert.throws(() => new Console({ stdout: stream, stderr: {} }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  message: 'Console expects a writable stream instance for stderr',
});
assert.throws(() => new Console(stream, { write: 1 }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  message: 'Console expects a writable stream instance for stderr',
});

assert.throws(() => new Console({ stdout: stream, colorMode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'",
});

assert.throws(() => new Console({ stdout: stream, groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => new Console({ stdout: stream, groupIndentation: '2' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

assert.throws(() => new Console({ stdout: stream, inspectOptions: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.inspectOptions" property must be of type object. ' +
    "Received type string ('x')",
});
assert.throws(() => new Console({ stdout: stream, inspectOptions: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(
  () => new Console({ stdout: stream, inspectOptions: { colors: true }, colorMode: 'auto' }),
  {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    name: 'TypeError',
    message: 'Option "options.inspectOptions.color" cannot be used in combination ' +
      'with option "colorMode"',
  });

// Valid forms.
new Console(stream);
new Console(stream, stream, false);
new Console({ stdout: stream, groupIndentation: 0, colorMode: true });
new Console({ stdout: stream, groupIndentation: 1000, colorMode: false });
new Console({ stdout: stream, inspectOptions: { depth: 1 } });
new Console({ stdout: stream, inspectOptions: { colors: false } });
