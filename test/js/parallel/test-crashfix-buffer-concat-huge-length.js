'use strict';
// Buffer.concat on an array-like (a Proxy of an array) that claims
// 2**32 - 1 elements must not reserve memory for all of them up front: the
// first element that throws is what the caller sees.
const assert = require('node:assert');

const list = new Proxy([], {
  get(target, key) {
    if (key === 'length') return 2 ** 32 - 1;
    if (key === '5') throw new Error('element 5');
    if (typeof key === 'string' && /^\d+$/.test(key)) return Buffer.from('ab');
    return Reflect.get(target, key);
  },
});
assert.throws(() => Buffer.concat(list), { message: 'element 5' });
