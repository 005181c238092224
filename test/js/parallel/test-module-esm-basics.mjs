// ES modules: package conditions, CommonJS and JSON interop, built-ins with
// named exports, import.meta, import(), data: URLs (the checks live in the
// fixture tree, where the packages are).
import assert from 'node:assert';
import { done } from '../../fixtures/modules/esm-basics.mjs';

assert.strictEqual(done, true);
