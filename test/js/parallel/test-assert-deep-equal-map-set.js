'use strict';
// Maps and Sets compare by content in any order; object keys and values are
// paired with deep-equal ones, and loose mode lets primitives match loosely.
const assert = require('node:assert');

function check(a, b, loose, strict) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (loose) assert.deepEqual(x, y); else assert.notDeepEqual(x, y);
    if (strict) assert.deepStrictEqual(x, y); else assert.notDeepStrictEqual(x, y);
  }
}

check(new Set([1, 2]), new Set([2, 1]), true, true);
check(new Set([1]), new Set([2]), false, false);
check(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]), true, true);
check(new Set([{}, {}]), new Set([{}, { a: 1 }]), false, false);
check(new Set([new Set([1])]), new Set([new Set([1])]), true, true);
check(new Set([1]), new Set(['1']), true, false);
check(new Set([undefined]), new Set([null]), true, false);
check(new Set([null, undefined]), new Set([undefined, null]), true, true);
check(new Set([1, '1']), new Set([1, 1n]), true, false);
check(new Set([NaN]), new Set([NaN]), true, true);
check(new Set([0]), new Set([-0]), true, true);
check(new Set([{}]), new Set([1]), false, false);
check(new Set([1, { a: 1 }]), new Set(['1', { a: '1' }]), true, false);

check(new Map([[1, 2]]), new Map([[1, 2]]), true, true);
check(new Map([[1, 2]]), new Map([[1, 3]]), false, false);
check(new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]), true, true);
check(new Map([[{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2]]), true, true);
check(new Map([[{ a: 1 }, 'a'], [{ a: 1 }, 'b']]),
      new Map([[{ a: 1 }, 'b'], [{ a: 1 }, 'a']]), true, true);
check(new Map([[1, 2]]), new Map([['1', 2]]), true, false);
check(new Map([[1, '2']]), new Map([['1', 2]]), true, false);
check(new Map([[undefined, 1]]), new Map([[null, 1]]), true, false);
check(new Map([[1, undefined]]), new Map([[2, undefined]]), false, false);
check(new Map([[1, 0]]), new Map([[1, -0]]), true, false);
check(new Map([[NaN, 1]]), new Map([[NaN, 1]]), true, true);
check(new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, '1']]), true, false);

// Different kinds never match, and own properties count too.
check(new Set(), new Map(), false, false);
check(new Map(), {}, false, false);
const tagged = new Map();
tagged.x = 1;
check(tagged, new Map(), false, false);
