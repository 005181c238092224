'use strict';
setImmediate(() => {
  throw 42;
});
