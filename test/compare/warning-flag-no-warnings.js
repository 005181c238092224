// --no-warnings: how plain, deprecation and experimental warnings and util.deprecate
// behave (printed, hidden, thrown); the 'warning' event still fires.
'use strict';
const util = require('util');
process.on('warning', (w) => console.log('event:', w.name, w.code || ''));
process.emitWarning('plain warning');
process.emitWarning('experimental', 'ExperimentalWarning');
try {
  process.emitWarning('deprecated via emitWarning', 'DeprecationWarning', 'DEP0999');
  console.log('emitWarning returned');
} catch (e) {
  console.log('emitWarning threw', e.name, e.code, e.message);
}
const dep = util.deprecate(() => 'result', 'oldFn() is deprecated', 'DEP0998');
try {
  console.log('dep() returned', dep());
} catch (e) {
  console.log('dep() threw', e.name, e.code, e.message);
}
console.log('flags seen:', process.noDeprecation, process.throwDeprecation);
