// console.log and util.inspect of Buffers: hex bytes, the byte limit, extra
// properties, nesting, subclasses, Blob/File, and the typed-array view
// without the custom inspector.
'use strict';
const util = require('node:util');
console.log(Buffer.from('hello'), Buffer.alloc(0), [Buffer.from([1, 2, 255])]);
console.log({ nested: { buf: Buffer.from('abc') } }, Buffer.alloc(55, 0xab));
const withProps = Buffer.from('x');
withProps.tag = 'meta';
withProps[Symbol('k')] = [1, 2];
console.log(withProps);
console.log(util.inspect(Buffer.from('ab'), { customInspect: false }));
console.log(util.inspect(Buffer.from('ab'), { showHidden: true }));
console.log(util.inspect({ a: { b: { c: Buffer.from('deep') } } }, { depth: 1 }));
console.log(util.inspect(Buffer.from('colors'), { colors: true }));
console.log('%s|%o|%j', Buffer.from('fmt'), Buffer.from('o'), Buffer.from('j'));
console.log(new Blob(['abc'], { type: 'text/plain' }), [new Blob([])]);
console.log(new File(['x'], 'f.txt', { lastModified: 0 }));
console.log(Buffer.from('abc').toJSON(), JSON.stringify({ b: Buffer.from('hi') }));
require('node:buffer').INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abc'));
