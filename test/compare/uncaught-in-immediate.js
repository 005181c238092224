// An Error thrown from an immediate: arrow points into the callback, later
// immediates do not run, exit 1.
'use strict';
setImmediate(function immediateCallback() {
  throw new SyntaxError('from an immediate');
});
setImmediate(() => console.log('never'));
