// clearTimeout/clearInterval are interchangeable for Timeouts, accept junk
// silently, clear by primitive id, and clearing twice or after firing is
// harmless (clearImmediate only gets null/undefined: node mutates its arg).
'use strict';
for (const junk of [undefined, null, {}, 'abc', 5, -1, NaN, Symbol('s'), () => {}]) {
  clearTimeout(junk);
  clearInterval(junk);
}
clearImmediate(undefined);
clearImmediate(null);
const t = setTimeout(() => console.log('never: cleared by clearInterval'), 1);
clearInterval(t);
const iv = setInterval(() => { console.log('interval cleared by clearTimeout'); clearTimeout(iv); }, 1);
const t2 = setTimeout(() => console.log('never: cleared twice'), 1);
clearTimeout(t2);
clearTimeout(t2);
const t3 = setTimeout(() => console.log('never: cleared by string id'), 1);
clearTimeout(String(+t3));
const fired = setTimeout(() => {
  console.log('fired once');
  clearTimeout(fired);
  setTimeout(() => { clearTimeout(fired); console.log('clear after firing is harmless'); }, 1);
}, 1);
const im = setImmediate(() => console.log('never: immediate cleared twice'));
clearImmediate(im);
clearImmediate(im);
