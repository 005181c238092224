'use strict';
// console.assert: silent when truthy, `Assertion failed[: message]` on
// stderr otherwise, with format specifiers and extra arguments; never throws.
console.assert(true, 'not printed');
console.assert(1);
console.assert(false);
console.assert(0, 'zero');
console.assert(null, 'format %s=%d', 'n', 5, 'extra', { a: 1 });
console.assert('', { an: 'object' });
console.assert(undefined, '%s');
console.assert(NaN, ['arr']);
console.assert();
console.log('still running');
