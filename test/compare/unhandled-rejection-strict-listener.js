// --unhandled-rejections=strict raises the rejection as an uncaught exception
// first; an 'uncaughtException' handler catches it, so 'unhandledRejection'
// listeners are not called.
'use strict';
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('strict mode'));
setTimeout(() => console.log('still running'), 5);
