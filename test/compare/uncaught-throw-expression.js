// `throw a || b` and similar compound expressions: node's caret points at the
// `throw` keyword, not at the sub-expression that produced the value.
'use strict';
Error.stackTraceLimit = 1;
const pick = (x) => x;
throw pick(null) || new RangeError(`compound ${pick('expression')}`);
