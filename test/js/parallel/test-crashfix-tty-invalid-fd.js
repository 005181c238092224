'use strict';
// tty.ReadStream / tty.WriteStream reject an fd that is not a non-negative
// int32 with ERR_INVALID_FD before it reaches the binding (out-of-range
// numbers used to be cast to int in C++, which is undefined behaviour).
const assert = require('node:assert');
const tty = require('node:tty');

for (const fd of [-1, 1.5, 2 ** 31, 2 ** 53, NaN, Infinity, '1', null]) {
  for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
    assert.throws(() => new Ctor(fd), { code: 'ERR_INVALID_FD', name: 'RangeError' },
                  `${Ctor.name}(${String(fd)})`);
  }
}
