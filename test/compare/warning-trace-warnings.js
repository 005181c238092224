// --trace-warnings prints the warning's stack (frames compared by location)
// instead of the "(Use ... --trace-warnings" hint.
'use strict';
Error.stackTraceLimit = 2;
function warnHere() {
  process.emitWarning('traced warning', 'TracedWarning', 'TW1');
}
warnHere();
process.emitWarning('second', { detail: 'with detail' });
