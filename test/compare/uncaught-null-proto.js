// Throwing a null-prototype object prints it with util.inspect after the
// arrow ("Uncaught ..." style), and exits 1.
'use strict';
const o = Object.create(null);
o.a = 1;
o.nested = { b: [1, 2] };
throw o;
