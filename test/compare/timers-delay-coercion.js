// setTimeout/setInterval delay coercion (read back from the Timeout's
// _idleTimeout, which libraries use): strings, NaN, negatives, non-numbers,
// and overflowing values (TimeoutOverflowWarning, once per call) become 1.
'use strict';
for (const d of ['30', NaN, -5, 2 ** 31, Infinity, '1e1', null, undefined, true, {}, 1.7, '  20  ',
  [15], 0, '0x10', 2 ** 31 - 1, -0, '']) {
  const t = setTimeout(() => {}, d);
  const i = setInterval(() => {}, d);
  console.log(JSON.stringify(String(d)), t._idleTimeout, i._idleTimeout, i._repeat);
  clearTimeout(t);
  clearInterval(i);
}
setTimeout(() => console.log('a coerced delay still fires'), 'not a number');
