'use strict';
// CommonJS: node_modules lookup (scoped, symlinked), JSON, directories,
// require.cache, require.resolve(.paths), module fields, cycles.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules');
const req = require('module').createRequire(path.join(fixtures, 'index.js'));

assert.deepStrictEqual(req('@scope/pkg'), { scoped: true });
assert.strictEqual(req('linked').linked, path.join(fixtures, 'packages/linked/index.js'));
assert.deepStrictEqual(req('./data.json'), { name: 'data', values: [1, 2, 3] });
assert.strictEqual(req('./data'), req('./data.json'));

const cycleA = req('./cycle/a');
assert.strictEqual(cycleA.seenInA, 'a-before');
assert.strictEqual(cycleA.fromA, 'a-after');

const resolved = req.resolve('./cycle/b');
assert.strictEqual(resolved, path.join(fixtures, 'cycle/b.js'));
assert.ok(require.cache[resolved]);
const mod = require.cache[resolved];
assert.strictEqual(mod.loaded, true);
assert.strictEqual(mod.filename, resolved);
assert.strictEqual(mod.id, resolved);
assert.strictEqual(mod.path, path.join(fixtures, 'cycle'));
assert.ok(mod.paths.includes(path.join(fixtures, 'cycle', 'node_modules')));
delete require.cache[resolved];
assert.strictEqual(require.cache[resolved], undefined);

assert.deepStrictEqual(req.resolve.paths('./x'), [fixtures]);
assert.strictEqual(req.resolve.paths('events'), null);
assert.strictEqual(req.resolve('events'), 'events');
assert.strictEqual(req.resolve('node:events'), 'node:events');
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.require('path'), path);

assert.throws(() => req('./broken.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${path.join(fixtures, 'broken.json')}: `));
  return true;
});
assert.throws(() => req('./requires-missing'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [
    path.join(fixtures, 'requires-missing.js'),
    path.join(fixtures, 'index.js'),
  ]);
  return true;
});
assert.throws(() => req('./syntax-error'), SyntaxError);
assert.throws(() => req('no-such-package'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => require(5), { code: 'ERR_INVALID_ARG_TYPE' });
