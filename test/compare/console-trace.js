'use strict';
// console.trace: `Trace: <message>` and the caller's frames on stderr
// (one frame, so the output does not depend on module-loader frames).
Error.stackTraceLimit = 1;
function traced() {
  console.trace('message %s %d', 'formatted', 1);
  console.trace();
  console.group();
  console.trace({ obj: true });
  console.groupEnd();
}
traced();
