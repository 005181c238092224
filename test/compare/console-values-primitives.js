// console.log of primitives at top level and inside containers: -0, NaN,
// big numbers, bigint, strings with quotes/newlines, symbols, boxed values.
'use strict';
const values = [0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -5n, 123456789012345678901234567890n,
  '', 'plain', "it's", 'say "hi"', `both ' and "`, 'back`tick\'"', 'line\nbreak\ttab', '\u0000\u001b\u007f',
  'é😀', true, false, null, undefined, Symbol(), Symbol('desc'), Symbol.for('registered'), Symbol.iterator];
for (const v of values) console.log(v);
console.log(values);
console.log({ values });
console.log([new Number(-0), new String('boxed'), new Boolean(false), Object(Symbol('boxed sym')), Object(7n)]);
console.log('%s|%s|%s|%s', -0, 7n, Symbol('fmt'), null);
console.log('%d|%d|%d|%i', '0x10', 7n, -0, 1.9);
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
console.log('x'.repeat(30), ['y'.repeat(100)]);
