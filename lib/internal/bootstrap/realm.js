// eddy: the built-in module loader and bootstrap entry. C++ (Runtime::
// Bootstrap) compiles this file and calls it with a fresh process object and
// internalBinding. It sets up `requireBuiltin`, runs internal/bootstrap/node
// (process, globals), then the main entry (internal/main/run_main).
// Mirrors node's lib/internal/bootstrap/realm.js.
'use strict';

const { compileFunction, hasBuiltin, builtinIds } = internalBinding('builtins');

// process.moduleLoadList: every built-in module and binding, in load order.
const moduleLoadList = [];
const loadedBindings = new Set();
const rawInternalBinding = internalBinding;
// eslint-disable-next-line no-func-assign, no-global-assign
internalBinding = function internalBinding(name) {
  if (!loadedBindings.has(name)) {
    loadedBindings.add(name);
    moduleLoadList.push(`Internal Binding ${name}`);
  }
  return rawInternalBinding(name);
};

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) { return hasBuiltin(id); }

  static canBeRequiredByUsers(id) {
    return hasBuiltin(id) && !id.startsWith('internal/');
  }

  static getCanBeRequiredByUsersIds() {
    return builtinIds.filter((id) => !id.startsWith('internal/'));
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    moduleLoadList.push(`NativeModule ${this.id}`);
    try {
      const fn = compileFunction(this.id);
      fn.call(undefined, this.exports, requireBuiltin, this, process, internalBinding);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

const cache = new Map();

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  let mod = cache.get(id);
  if (mod === undefined) {
    if (!hasBuiltin(id)) throw new Error(`No such built-in module: ${id}`);
    mod = new BuiltinModule(id);
    cache.set(id, mod);
  }
  if (mod.loaded || mod.loading) return mod.exports;
  return mod.compileForInternalLoader();
}

const self = new BuiltinModule('internal/bootstrap/realm');
self.exports = { BuiltinModule, requireBuiltin, moduleLoadList };
self.loaded = true;
cache.set(self.id, self);

requireBuiltin('internal/bootstrap/node');
requireBuiltin('internal/main/run_main').runMain();
