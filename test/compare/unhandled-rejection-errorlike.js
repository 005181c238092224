// A promise rejected with an error-like plain object (message and stack
// strings): node raises it as is and prints it with util.inspect.
'use strict';
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ message: 'errorlike', stack: 'Fake: errorlike\n    at x (y.js:1:1)' });
