// An Error thrown by a queueMicrotask callback is an uncaught exception (not
// a rejection): arrow, stack, exit 1; the exit listener sees code 1.
'use strict';
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(function microtaskCallback() {
  throw new Error('from queueMicrotask');
});
queueMicrotask(() => console.log('never: the next microtask'));
