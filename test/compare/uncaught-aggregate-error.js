// An uncaught AggregateError prints its nested [errors] list.
'use strict';
Error.stackTraceLimit = 1;
const e = new AggregateError([new Error('first'), new TypeError('second'), 'third'], 'many failed');
throw e;
