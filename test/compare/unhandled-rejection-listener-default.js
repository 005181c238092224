// Default mode with an 'unhandledRejection' listener: no crash; rejections
// from async functions, Promise.all and a rejected then-chain are all reported
// once each, in order.
'use strict';
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason,
              promise instanceof Promise);
});
(async () => { throw new Error('async fn'); })();
Promise.all([Promise.resolve(1), Promise.reject(new Error('from all'))]);
Promise.resolve().then(() => { throw new Error('in then'); }).then(() => console.log('skipped'));
new Promise((_, reject) => reject('executor reject'));
new Promise(() => { throw new Error('executor throw'); });
setTimeout(() => console.log('process continues'), 5);
