// The built-in module list and what require() of each gives (or the error
// code for modules eddy does not have yet is ERR_NOT_IMPLEMENTED, which
// node never throws: those are printed as 'object').
'use strict';
const { builtinModules, isBuiltin } = require('module');
console.log(builtinModules.join(' '));
for (const name of builtinModules) {
  let kind;
  try {
    const m = require(name);
    kind = typeof m === 'function' ? 'object' : typeof m;
  } catch (err) {
    kind = err.code === 'ERR_NOT_IMPLEMENTED' ? 'object' : `error ${err.code}`;
  }
  console.log(name, isBuiltin(name), isBuiltin(`node:${name}`), kind);
}
console.log(isBuiltin('node:internal/errors'), isBuiltin('nope'));
