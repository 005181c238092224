'use strict';
// util.styleText: ANSI codes by inspect.colors name, node's validation.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x'), '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('none', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
// A stream with no colours gets the text alone for a single style.
const { PassThrough } = require('stream');
assert.strictEqual(util.styleText('red', 'x', { stream: new PassThrough() }),
                   process.env.FORCE_COLOR === undefined ? 'x' : '\u001b[31mx\u001b[39m');
assert.throws(() => util.styleText('red', 'x', { stream: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
