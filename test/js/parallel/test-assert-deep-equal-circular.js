'use strict';
// Circular structures: a pair met again while it is still being compared
// counts as equal, so structures with the same infinite unfolding are equal.
const assert = require('node:assert');

function check(a, b, equal) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (equal) {
      assert.deepEqual(x, y);
      assert.deepStrictEqual(x, y);
    } else {
      assert.notDeepEqual(x, y);
      assert.notDeepStrictEqual(x, y);
    }
  }
}

{
  const a = { v: 1 };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  check(a, b, true);
  const c = { v: 2 };
  c.self = c;
  check(a, c, false);
  // Same unfolding with a longer period.
  const d = { v: 1 };
  d.self = { v: 1, self: d };
  check(a, d, true);
}
{
  const a = [1];
  a.push(a);
  const b = [1];
  b.push(b);
  check(a, b, true);
  const c = [1];
  c.push([1, c]);
  check(a, c, true);
}
{
  const a = {};
  const b = {};
  a.x = b;
  b.x = a;
  check(a, b, true);
}
{
  const a = { v: 1 };
  a.x = a;
  const b = { v: 1, x: { v: 2 } };
  b.x.x = b;
  check(a, b, false);
}
{
  const m1 = new Map();
  m1.set('self', m1);
  const m2 = new Map();
  m2.set('self', m2);
  check(m1, m2, true);
  const s1 = new Set();
  s1.add(s1);
  const s2 = new Set();
  s2.add(s2);
  check(s1, s2, true);
}
{
  const e1 = new Error('a');
  e1.self = e1;
  const e2 = new Error('a');
  e2.self = e2;
  check(e1, e2, true);
}
