// An Error thrown from the third run of an interval stops the process.
'use strict';
let n = 0;
setInterval(() => {
  console.log('run', ++n);
  if (n === 3) throw new Error(`interval run ${n}`);
}, 2);
