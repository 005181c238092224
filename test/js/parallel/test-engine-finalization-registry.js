// Flags: --expose-gc
'use strict';
// FinalizationRegistry callbacks run from the event loop after a GC.
const assert = require('assert');

let cleaned = null;
const registry = new FinalizationRegistry((held) => { cleaned = held; });
(function register() {
  registry.register({ big: new Array(100).fill(0) }, 'the token');
})();
setImmediate(() => {
  gc();
  setTimeout(() => {
    gc();
    setTimeout(() => assert.strictEqual(cleaned, 'the token'), 10);
  }, 10);
});
