'use strict';
// A Timeout converts to a numeric id; clearTimeout/clearInterval accept that
// id as a number or a string.
const assert = require('node:assert');
const { setTimeout, setInterval, clearTimeout, clearInterval } = require('node:timers');

const a = setTimeout(() => assert.fail('a ran'), 5);
const id = +a;
assert.strictEqual(typeof id, 'number');
assert.ok(Number.isInteger(id));
assert.strictEqual(+a, id); // stable
clearTimeout(id);
assert.strictEqual(a._destroyed, true);

const b = setTimeout(() => assert.fail('b ran'), 5);
clearTimeout(`${b}`);
assert.strictEqual(b._destroyed, true);

const c = setInterval(() => assert.fail('c ran'), 5);
clearInterval(Number(c));

const d = setInterval(() => assert.fail('d ran'), 5);
clearTimeout(String(d)); // clearTimeout clears intervals too

const e = setTimeout(() => {}, 5);
assert.notStrictEqual(+e, id);
clearTimeout(id); // stale id: no-op
clearTimeout(123456789);
clearTimeout('nope');
assert.strictEqual(e._destroyed, false);

let fired = false;
setTimeout(() => { fired = true; }, 10);
process.on('exit', () => assert.strictEqual(fired, true));
