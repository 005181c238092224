'use strict';
// console.count/countReset: default label, coercion to string, reset, and
// the warnings for unknown labels (printed by the process warning handler).
console.count();
console.count();
console.count('x');
console.count(undefined);
console.count(null);
console.count({ toString() { return 'obj'; } });
console.countReset();
console.count();
console.countReset('x');
console.count('x');
console.countReset('nope');
console.count(1);
console.countReset(1);
console.count(1);
try {
  console.count(Symbol('s'));
} catch (e) {
  console.log(e.name);
}
