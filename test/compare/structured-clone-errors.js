const e = new RangeError('boom', { cause: new Error('inner') });
e.code = 'X';
const c = structuredClone(e);
console.log(c instanceof RangeError, c.name, c.message, c.code, c.cause instanceof Error, c.cause && c.cause.message, typeof c.stack, c === e);
class MyErr extends Error {}
const m = structuredClone(new MyErr('m'));
console.log(m.constructor.name, m.message, Object.keys(m));
const t = new TypeError('t'); t.name = 'Custom';
console.log(structuredClone(t).name);
console.log(structuredClone({ a: [new Error('x')] }).a[0].message);
const o = new Error('o'); o.message = 5; try { console.log(structuredClone(o).message); } catch (err) { console.log(err.name, err.message) }
try { structuredClone(() => 1) } catch (err) { console.log(err.name, err.message, err.code) }
try { structuredClone(Symbol()) } catch (err) { console.log(err.name, err.message, err.code) }
for (const v of [new WeakMap(), { f() {} }, Promise.resolve(), Symbol('q'), { s: Symbol('z') },
  new (class Foo { constructor() { this.g = function named() {}; } })(),
  Object.create(null, { x: { value: () => 2, enumerable: true } }), new Proxy({}, {})]) {
  try { structuredClone(v); console.log('ok'); } catch (e) { console.log(e.name, e.message, e.code, e instanceof DOMException); }
}
const inMap = new Map([[1, new TypeError('in map')]]);
console.log(structuredClone(inMap).get(1) instanceof TypeError, require('util').types.isNativeError(structuredClone(new Error('z'))));
