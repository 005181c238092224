// --unhandled-rejections=warn-with-error-code: what is printed for an unhandled Error and
// primitive rejection, whether the process goes on, and the exit code.
'use strict';
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected error'));
Promise.reject(42);
setTimeout(() => console.log('timer after the rejections ran'), 5);
