'use strict';
// console.time/timeEnd/timeLog misuse: the process warnings for duplicate
// and unknown labels (no durations are printed, so the output is stable).
console.time('dup');
console.time('dup');
console.timeEnd('missing');
console.timeLog('missing');
console.timeLog(undefined);
console.timeEnd();
console.log('done');
