'use strict';
function thrower() {
  throw new TypeError('boom at top level');
}
console.log('before');
thrower();
