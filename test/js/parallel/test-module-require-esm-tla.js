'use strict';
// require() of an ES module graph with top-level await throws
// ERR_REQUIRE_ASYNC_MODULE without running the graph.
const assert = require('assert');
const path = require('path');

const target = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'tla.mjs');
assert.throws(() => require(target), { code: 'ERR_REQUIRE_ASYNC_MODULE' });
assert.strictEqual(globalThis.tlaModuleRan, undefined);
