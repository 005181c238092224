'use strict';
// node:module's API surface that require hooks and test runners patch.
const assert = require('assert');
const Module = require('module');

assert.strictEqual(typeof Module._load, 'function');
assert.strictEqual(typeof Module._resolveFilename, 'function');
assert.strictEqual(typeof Module._nodeModulePaths, 'function');
assert.strictEqual(typeof Module.prototype._compile, 'function');
assert.strictEqual(Module.wrap('x'), Module.wrapper[0] + 'x' + Module.wrapper[1]);
assert.ok(Module.builtinModules.includes('events'));
assert.ok(!Module.builtinModules.some((m) => m.startsWith('internal/')));
assert.strictEqual(Module.isBuiltin('node:events'), true);
assert.strictEqual(Module.isBuiltin('events'), true);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'),
                       ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);

// A require hook in the pirates style: wrap the .js compiler.
const original = Module._extensions['.js'];
let seen = null;
Module._extensions['.js'] = function hooked(module, filename) {
  seen = filename;
  return original(module, filename);
};
const path = require('path');
const target = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'app', 'ext', 'one.js');
assert.strictEqual(require(target), 'ext one');
assert.strictEqual(seen, target);
Module._extensions['.js'] = original;

// Patching _resolveFilename redirects requests, as proxyquire does.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'virtual-name') request = target;
  return resolve.call(this, request, ...rest);
};
assert.strictEqual(require('virtual-name'), 'ext one');
Module._resolveFilename = resolve;
