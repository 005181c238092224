// Default mode: an 'unhandledRejection' listener keeps the process alive; a
// handler attached a turn later, with no 'rejectionHandled' listener,
// produces a PromiseRejectionHandledWarning.
'use strict';
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
setTimeout(() => p.catch((e) => console.log('caught', e.message)), 5);
process.on('exit', (code) => console.log('exit', code));
