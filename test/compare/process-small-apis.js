'use strict';
// node 20's smaller process APIs: getBuiltinModule (node:-only modules need
// the prefix), constrainedMemory/availableMemory, the deprecated assert (once
// warned), sourceMapsEnabled/setSourceMapsEnabled(false), _eval,
// _preload_modules, debugPort, _tickCallback, openStdin's shape.
const fs = require('fs');
console.log(process.getBuiltinModule('fs') === fs, process.getBuiltinModule('node:fs') === fs);
console.log(process.getBuiltinModule('nope'), process.getBuiltinModule('test'),
  typeof process.getBuiltinModule('node:test'));
try {
  process.getBuiltinModule(5);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(process.constrainedMemory() > 0, typeof process.availableMemory(),
  process.availableMemory() > 0);
try {
  process.assert(false, 'msg');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.assert(true);
console.log(process.sourceMapsEnabled, process.setSourceMapsEnabled(false));
console.log(process._eval, JSON.stringify(process._preload_modules), process.debugPort);
let ticked = false;
process.nextTick(() => { ticked = true; });
process._tickCallback();
console.log('ticked', ticked, typeof process.openStdin);
