// Named exports of built-in ES modules follow the CommonJS exports after
// module.syncBuiltinESMExports(), as in node.
import assert from 'node:assert';
import { syncBuiltinESMExports } from 'node:module';
import path, { sep } from 'node:path';

const original = path.sep;
assert.strictEqual(sep, original);
path.sep = 'changed';
assert.strictEqual(sep, original);
syncBuiltinESMExports();
assert.strictEqual(sep, 'changed');
path.sep = original;
syncBuiltinESMExports();
assert.strictEqual(sep, original);
