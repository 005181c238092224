'use strict';
// beforeExit may re-arm the loop; it fires again when the loop empties.
const assert = require('assert');

let fired = 0;
process.on('beforeExit', () => {
  fired++;
  if (fired < 3) setImmediate(() => {});
});
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(fired, 3);
});
