// Throwing an object literal with several properties from a timer: the
// caret sits under `throw`, the object is printed with util.inspect.
'use strict';
setTimeout(() => {
  throw { code: 'E_LITERAL', detail: { nested: true }, list: [1, 2] };
}, 1);
