// An uncaught error with a cause chain (an Error cause and a primitive cause)
// prints the stack and the [cause] blocks.
'use strict';
Error.stackTraceLimit = 2;
const root = new TypeError('root cause');
const mid = new Error('middle', { cause: root });
mid.code = 'E_MID';
const top = new Error('top level', { cause: mid });
const prim = new RangeError('primitive cause', { cause: 'just a string' });
console.log(require('util').inspect(prim).split('\n').filter((l) => !l.includes(' at ')).join('\n'));
throw top;
