// A rejection handled in the same turn is not reported; an
// 'unhandledRejection' listener receives the others.
'use strict';
const p = Promise.reject(new Error('handled in time'));
p.catch((e) => console.log('caught', e.message));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason, promise instanceof Promise);
});
Promise.reject('not handled');
