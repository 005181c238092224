// A rejection handled a turn late: 'unhandledRejection' then
// 'rejectionHandled' with the same promise; warn mode also prints the
// PromiseRejectionHandledWarning.
'use strict';
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise === p);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', promise === p);
});
setTimeout(() => {
  p.catch((e) => console.log('caught late', e.message));
}, 5);
process.on('exit', (code) => console.log('exit', code));
