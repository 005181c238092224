'use strict';
// console.dir with inspect options, custom inspect functions ignored by
// default.
const nested = { a: { b: { c: { d: { e: 1 } } } } };
console.dir(nested);
console.dir(nested, { depth: 0 });
console.dir(nested, { depth: null });
console.dir([1, 2, 3, 4], { maxArrayLength: 2 });
console.dir('a string');
console.dir({ long: 'x'.repeat(50), other: 'y'.repeat(50) }, { breakLength: Infinity });
console.dir({ x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } });
console.dir({ x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } },
            { customInspect: true });
console.dir(new Map([['k', new Set([1])]]), { showHidden: true });
