// An uncaught Error whose stack was replaced by a custom string (node prints
// that string as the body) with an extra property.
'use strict';
const e = new Error('real message');
e.stack = 'CustomStack: replaced\n    at nowhere (fake.js:1:1)';
e.extra = 1;
throw e;
