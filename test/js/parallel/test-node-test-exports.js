'use strict';
// node:test exists only under the node: scheme, exports node's names, and a
// file whose tests all pass exits 0 with a TAP plan and summary.
const assert = require('assert');
const { spawnSync } = require('child_process');

const nodeTest = require('node:test');
assert.strictEqual(typeof nodeTest, 'function');
for (const name of ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach',
  'afterEach', 'mock', 'run']) {
  assert.ok(name in nodeTest, name);
}
assert.strictEqual(nodeTest.test, nodeTest);
assert.strictEqual(nodeTest.it, nodeTest);
assert.strictEqual(nodeTest.suite, nodeTest.describe);
for (const f of ['skip', 'todo', 'only']) {
  assert.strictEqual(typeof nodeTest.test[f], 'function');
  assert.strictEqual(typeof nodeTest.describe[f], 'function');
}
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require('module').isBuiltin('test'), false);
assert.strictEqual(require('module').isBuiltin('node:test'), true);

const src = `
const { test, describe, it } = require('node:test');
test('a', async () => {});
describe('s', () => { it('b', (t, done) => setImmediate(done)); });
`;
const r = spawnSync(process.execPath, ['-e', src], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stdout + r.stderr);
assert.match(r.stdout, /^TAP version 13\n/);
assert.match(r.stdout, /\nok 1 - a\n/);
assert.match(r.stdout, /\n {4}ok 1 - b\n/);
assert.match(r.stdout, /\n1\.\.2\n# tests 2\n# suites 1\n# pass 2\n# fail 0\n/);
