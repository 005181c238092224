// A DOMException thrown from an immediate: printed with its name in
// brackets; node's DOMException is not a native error object (no frames:
// node's first frame is its internal constructor).
'use strict';
Error.stackTraceLimit = 0;
setImmediate(() => {
  throw new DOMException('operation was aborted', 'AbortError');
});
