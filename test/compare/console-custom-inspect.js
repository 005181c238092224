// console.log with Symbol.toStringTag, util.inspect.custom (string, object,
// depth/options/inspect arguments), and %o/%O/%j/%s/%c edge cases.
'use strict';
const util = require('util');
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(new Tagged(), { [Symbol.toStringTag]: 'Own' }, Object.create(null, { [Symbol.toStringTag]: { value: 'NP' } }));
console.log({ [util.inspect.custom]: () => 'custom string' }, [{ [util.inspect.custom]: () => ({ replaced: [1, 2] }) }]);
console.log({ [util.inspect.custom](depth, opts, insp) { return insp(this.v, opts) + ' @' + depth; }, v: { a: 1 } });
console.log('%o', function foo(a, b) { return a + b; });
console.log('%o', [1, [2, [3, [4, [5]]]]], '%O');
console.log('%j', { toJSON() { return 'json!'; } }, '%j');
const circ = {}; circ.c = circ;
console.log('%j', circ);
console.log('%s', { a: { b: { c: 1 } } }, '%s', [1, [2]], new Error('in %s').message);
console.log('%s', class A {}, function f() {}, Symbol('x'), 3n, -0);
console.log('%c styled %c', 'color: red', 'x', 'after');
console.log('%x %% %', 1);
console.log(Object.assign(Object.create({ toString() { return 'TS'; } }), { a: 1 }) + '');
console.log([new Error('e1')].length, { e: new TypeError('nested') }.e.name);
console.log(util.format('%s:%s', 'only one'), util.format(1, 2, '3'), util.format('%i', 42.9), util.format('%f', '1.5x'));
