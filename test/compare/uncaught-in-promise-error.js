// An Error thrown inside a .then callback (default mode: throw): printed like
// an uncaught exception, with exit code 1 and the 'exit' listener run.
'use strict';
process.on('exit', (code) => console.log('exit', code));
Promise.resolve(1).then(function inThen(v) {
  const e = new Error(`thrown in then with ${v}`);
  e.extra = true;
  throw e;
});
