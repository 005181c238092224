// Throwing a symbol from a nextTick callback.
'use strict';
process.nextTick(() => { throw Symbol('thrown symbol'); });
