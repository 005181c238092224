// An uncaught error with extra own properties (code, nested object, symbol
// key, a changed name) prints them after the stack in braces.
'use strict';
Error.stackTraceLimit = 1;
const e = new Error('with props');
e.code = 'E_PROPS';
e.info = { nested: { deep: [1, 2, 3] }, when: 'now' };
e[Symbol('sym')] = 'symbol value';
e.name = 'CustomName';
throw e;
